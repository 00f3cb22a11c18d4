"""The pipeline's smoke run: what CI runs after compiling and before any image is built, any module
uploaded or any Vertex AI run started — the original CI/CD's "run the pipeline locally" step.

With TFX installed, that step is a real local run on a small sample:

    tfx run create --engine local --pipeline_name img-classification   (or LocalDagRunner().run(...))

with `data_path` pointed at data/sample/. The machines that run this example's demo have no
TensorFlow, so this smoke run does with the standard library what can be done without it:

1. the compiled spec: every task names a component, every component an executor, every container
   executor an image; every input's producer is a task of the DAG, and the DAG has no cycle; the
   `module_root` parameter reaches the tasks that load models/ (the modules route depends on it);
2. the data path on a small sample: data/sample/*.tfrecord (four CIFAR-10 test records) read as
   ImportExampleGen reads them (TFRecord framing, CRC32C checked, tf.train.Example), each image
   decoded as tf.io.decode_png would, scaled by models.preprocessing.scale_pixel and compared with
   tf.image.convert_image_dtype (v / 255), shaped as image_shape(), its label through models.features.

    python3 -m pipeline.smoke [SPEC]    SPEC: $PIPELINE_SPEC, else <PIPELINE_NAME>.pipeline.json

Exits 1 with one line per problem (an ::error:: annotation on GitHub Actions).
"""

import json
import os
import struct
import sys
import zlib
from pathlib import Path

from models import features, preprocessing
from pipeline import configs

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
MODULE_ROOT = "module_root"
# The tasks that load code from models/, and so must receive module_root on the modules route.
MODULE_TASKS = {"Transform": configs.PREPROCESSING_FN, "Trainer": configs.TRAINING_FN}


class SmokeFailure(Exception):
    pass


# --- the compiled spec ---------------------------------------------------------------------------


def dag_order(job: dict) -> list:
    """The tasks in an order they can run; raises SmokeFailure listing every problem found."""
    spec = job.get("pipelineSpec", job)
    tasks = spec.get("root", {}).get("dag", {}).get("tasks", {})
    components = spec.get("components", {})
    executors = spec.get("deploymentSpec", {}).get("executors", {})
    problems = [] if tasks else ["the spec has no tasks (pipelineSpec.root.dag.tasks)"]
    needs = {}
    for name, task in tasks.items():
        component = task.get("componentRef", {}).get("name", "")
        label = components.get(component, {}).get("executorLabel", "")
        if component not in components:
            problems.append(f"task {name}: component {component!r} is not in pipelineSpec.components")
        elif label not in executors:
            problems.append(f"task {name}: executor {label!r} is not in deploymentSpec.executors")
        elif "container" in executors[label] and not executors[label]["container"].get("image"):
            problems.append(f"task {name}: executor {label} has no container image")
        inputs = task.get("inputs", {})
        producers = set(task.get("dependentTasks", []))
        for kind, key in (("artifacts", "taskOutputArtifact"), ("parameters", "taskOutputParameter")):
            for value in inputs.get(kind, {}).values():
                if key in value:
                    producers.add(value[key].get("producerTask", ""))
        for producer in sorted(producers - set(tasks)):
            problems.append(f"task {name}: needs {producer!r}, which is not a task of the DAG")
        needs[name] = producers & set(tasks)
    order, done = [], set()
    while len(order) < len(needs):
        ready = sorted(name for name in needs if name not in done and needs[name] <= done)
        if not ready:
            problems.append(f"tasks in a cycle: {', '.join(sorted(set(needs) - done))}")
            break
        order += ready
        done.update(ready)
    problems += module_root_problems(spec, tasks, components)
    if problems:
        raise SmokeFailure("\n".join(problems))
    return order


def module_root_problems(spec: dict, tasks: dict, components: dict) -> list:
    if MODULE_ROOT not in spec.get("root", {}).get("inputDefinitions", {}).get("parameters", {}):
        return [f"the pipeline has no {MODULE_ROOT} parameter: the modules route could not point it at new modules"]
    problems = []
    for name, function in MODULE_TASKS.items():
        task = tasks.get(name)
        if task is None:
            problems.append(f"there is no {name} task to run {function}")
            continue
        given = task.get("inputs", {}).get("parameters", {}).get(MODULE_ROOT, {})
        declared = components.get(task.get("componentRef", {}).get("name"), {})
        if given.get("componentInputParameter") != MODULE_ROOT or MODULE_ROOT not in declared.get(
            "inputDefinitions", {}
        ).get("parameters", {}):
            problems.append(
                f"task {name} does not receive {MODULE_ROOT}: on the modules route it would run the image's old "
                f"{function} instead of the modules just uploaded"
            )
    return problems


# --- the sample: TFRecord → tf.train.Example → PNG → preprocessing -------------------------------


def _crc32c_table() -> list:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC32C = _crc32c_table()


def masked_crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc = _CRC32C[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    crc ^= 0xFFFFFFFF
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def read_tfrecords(path: Path) -> list:
    """Uncompressed TFRecord: length, masked CRC of the length, data, masked CRC of the data."""
    data, position, records = path.read_bytes(), 0, []
    while position < len(data):
        header = data[position : position + 12]
        if len(header) < 12:
            raise SmokeFailure(f"{path.name}: truncated record header at byte {position}")
        (length,), (length_crc,) = struct.unpack("<Q", header[:8]), struct.unpack("<I", header[8:])
        if masked_crc32c(header[:8]) != length_crc:
            raise SmokeFailure(f"{path.name}: bad length checksum at byte {position}")
        body = data[position + 12 : position + 12 + length]
        (body_crc,) = struct.unpack("<I", data[position + 12 + length : position + 16 + length] or b"\0\0\0\0")
        if len(body) < length or masked_crc32c(body) != body_crc:
            raise SmokeFailure(f"{path.name}: record at byte {position} is truncated or its checksum is wrong")
        records.append(body)
        position += 16 + length
    return records


def _varint(data: bytes, position: int) -> tuple:
    value, shift = 0, 0
    while True:
        byte = data[position]
        value |= (byte & 0x7F) << shift
        position += 1
        if not byte & 0x80:
            return value, position
        shift += 7


def _fields(data: bytes):
    """Protocol buffer wire format: (field number, wire type, value) for each field."""
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, position = _varint(data, position)
        elif wire == 2:
            size, position = _varint(data, position)
            value, position = data[position : position + size], position + size
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            value, position = data[position : position + size], position + size
        else:
            raise SmokeFailure(f"unsupported protobuf wire type {wire}")
        yield number, wire, value


def parse_example(data: bytes) -> dict:
    """tf.train.Example → {name: [bytes…] or [int…]} (bytes_list = 1, int64_list = 3)."""
    parsed = {}
    for number, _, features_message in _fields(data):
        if number != 1:
            continue
        for _, _, entry in _fields(features_message):
            entry_fields = {n: v for n, _, v in _fields(entry)}
            name, feature = entry_fields.get(1, b"").decode(), entry_fields.get(2, b"")
            values = []
            for kind, _, listed in _fields(feature):
                for _, wire, value in _fields(listed):
                    if kind == 1:
                        values.append(value)
                    elif kind == 3 and wire == 2:  # packed int64s
                        position = 0
                        while position < len(value):
                            number_value, position = _varint(value, position)
                            values.append(number_value)
                    elif kind == 3:
                        values.append(value)
            parsed[name] = values
    return parsed


def decode_png(data: bytes) -> tuple:
    """An 8-bit RGB PNG → (height, width, channels, pixel bytes), as tf.io.decode_png(channels=3)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure("image is not a PNG")
    position, idat, header = 8, b"", None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    if header is None or header[2] != 8 or header[3] != 2 or header[6] != 0:
        raise SmokeFailure(f"PNG is not 8-bit RGB without interlacing (IHDR {header})")
    width, height, channels = header[0], header[1], 3
    raw, stride, rows, previous = zlib.decompress(idat), width * channels, [], bytes(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b, c = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
            elif kind != 0:
                raise SmokeFailure(f"PNG row {y} has an unknown filter {kind}")
        rows.append(bytes(line))
        previous = line
    return height, width, channels, b"".join(rows)


def preprocess_sample(paths: list) -> list:
    """Each sample record through the preprocessing; returns the class names seen."""
    labels = []
    for path in paths:
        for index, record in enumerate(read_tfrecords(path)):
            where = f"{path.name} record {index}"
            example = parse_example(record)
            if not example.get(features.IMAGE_KEY) or not example.get(features.LABEL_KEY):
                raise SmokeFailure(f"{where}: no {features.IMAGE_KEY!r} or {features.LABEL_KEY!r} feature")
            height, width, channels, pixels = decode_png(example[features.IMAGE_KEY][0])
            if (height, width, channels) != preprocessing.image_shape():
                raise SmokeFailure(
                    f"{where}: image is {height}x{width}x{channels}, preprocessing expects {preprocessing.image_shape()}"
                )
            for value in set(pixels):
                scaled = preprocessing.scale_pixel(value)
                if abs(scaled - value / 255.0) > 1e-6:
                    raise SmokeFailure(
                        f"{where}: scale_pixel({value}) = {scaled}, but Transform's tf.image.convert_image_dtype "
                        f"gives {value / 255.0}: training and serving would see different inputs"
                    )
            labels.append(features.label_name(example[features.LABEL_KEY][0]))
    if not labels:
        raise SmokeFailure(f"no sample records under {SAMPLE_DIR}")
    return labels


def main(argv: list) -> int:
    spec_path = Path(argv[0] if argv else os.environ.get("PIPELINE_SPEC") or f"{configs.PIPELINE_NAME}.pipeline.json")
    try:
        if not spec_path.is_file():
            raise SmokeFailure(f"no compiled spec at {spec_path}: compile the pipeline first")
        order = dag_order(json.loads(spec_path.read_text(encoding="utf-8")))
        print(f"smoke: {spec_path.name}: {len(order)} tasks in order: {' → '.join(order)}")
        print(f"smoke: {MODULE_ROOT} reaches {', '.join(MODULE_TASKS)}")
        samples = sorted(SAMPLE_DIR.glob("*.tfrecord"))
        labels = preprocess_sample(samples)
        print(
            f"smoke: {len(labels)} sample records ({', '.join(labels)}) from {', '.join(p.name for p in samples)}: "
            f"decoded to {preprocessing.image_shape()}, scaled to 0..1 as Transform does"
        )
    except (SmokeFailure, ValueError) as failure:
        for line in str(failure).splitlines():
            print(f"smoke: {line}", file=sys.stderr)
            if os.environ.get("GITHUB_ACTIONS") == "true":
                print(f"::error title=Smoke run::{line}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
