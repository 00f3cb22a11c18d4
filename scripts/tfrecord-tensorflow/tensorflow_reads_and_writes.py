"""Step 2 of check-tfrecord-with-tensorflow.sh: TensorFlow reads our files, then writes its own."""
import base64
import json
import os
import sys

import numpy as np
import tensorflow as tf

work = sys.argv[1]
expected = json.load(open(os.path.join(work, "expected.json")))
DTYPES = {"bytes": tf.string, "int64": tf.int64, "float": tf.float32}
spec = {key: tf.io.VarLenFeature(DTYPES[f["kind"]]) for key, f in expected[0].items()}


def as_json(value, kind):
    if kind == "bytes":
        return [base64.b64encode(v).decode() for v in value]
    if kind == "int64":
        return [str(int(v)) for v in value]
    return [float(v) for v in value]


def check(name, compression):
    dataset = tf.data.TFRecordDataset(os.path.join(work, name), compression_type=compression)
    serialized = [r.numpy() for r in dataset]
    assert len(serialized) == len(expected), f"{name}: {len(serialized)} records, expected {len(expected)}"
    parsed = tf.io.parse_example(tf.constant(serialized), spec)
    for i, want in enumerate(expected):
        for key, feature in want.items():
            sparse = parsed[key]
            values = sparse.values.numpy()[sparse.indices.numpy()[:, 0] == i]
            got = as_json(values, feature["kind"])
            if feature["kind"] == "float":
                assert np.allclose(got, feature["values"], rtol=0, atol=0), f"{name} record {i} {key}"
            else:
                assert got == feature["values"], f"{name} record {i} {key}: {got} != {feature['values']}"
    print(f"tensorflow: {name} ({compression or 'none'}): {len(serialized)} records, parse_example equal")


check("ours.tfrecord", "")
check("ours.tfrecord.gz", "GZIP")
cifar = tf.data.TFRecordDataset(os.path.join(work, "cifar.tfrecord.gz"), compression_type="GZIP")
labels = tf.io.parse_example(
    tf.constant([r.numpy() for r in cifar]),
    {"label": tf.io.FixedLenFeature([], tf.int64), "image": tf.io.FixedLenFeature([], tf.string)},
)
assert labels["label"].shape[0] == 128, labels["label"].shape
tf.io.decode_png(labels["image"][0])  # the PNG bytes survived
print("tensorflow: cifar.tfrecord.gz (GZIP): 128 records, labels", sorted(set(labels["label"].numpy().tolist())))

# TensorFlow writes the same Examples, plain, GZIP and ZLIB, for our reader (step 3).
records = [r.numpy() for r in tf.data.TFRecordDataset(os.path.join(work, "ours.tfrecord"))]
for name, compression in [("tf.tfrecord", ""), ("tf.tfrecord.gz", "GZIP"), ("tf.tfrecord.zz", "ZLIB")]:
    with tf.io.TFRecordWriter(os.path.join(work, name), options=tf.io.TFRecordOptions(compression)) as writer:
        for record in records:
            # Through tf.train.Example, so the bytes are TensorFlow's own serialization.
            writer.write(tf.train.Example.FromString(record).SerializeToString())
print("tensorflow: wrote tf.tfrecord, tf.tfrecord.gz, tf.tfrecord.zz")
