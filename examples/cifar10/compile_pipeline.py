"""Writes this pipeline's Vertex AI PipelineJob spec: a stand-in for the TFX compiler.

With TFX installed, the spec comes from

    tfx pipeline compile --pipeline-path kubeflow_runner.py --engine vertex

TFX cannot be installed on the machines that run this example's demo and tests, so this
standard-library script starts from what TFX 1.9.0's KubeflowV2DagRunner really compiled for this
pipeline in deep-diver/complete-mlops-system-workflow —
`pipeline/tfx-compiled/img-classification.pipeline.json`, committed with this example — and
applies pipeline/configs.py to it the way the compiler would:

- pipeline name, display name and pipeline root (runtimeConfig.gcsOutputDirectory);
- every container executor's image ← configs.PIPELINE_IMAGE;
- the Trainer's Vertex AI region, machine, image and train/eval steps (the original spec carried
  a zone, us-central1-a, where a region belongs);
- a runtime parameter `module_root`: when it is set (the modules route), Transform and Trainer
  load preprocessing.py and model.py from that gs:// folder instead of the image's copy.

Writes <PIPELINE_NAME>.pipeline.json in the current directory (or --output PATH).
"""

import argparse
import json
import sys
from pathlib import Path

from pipeline import configs

TEMPLATE = Path(__file__).parent / "pipeline" / "tfx-compiled" / "img-classification.pipeline.json"
MODULE_ROOT = "module_root"
MODULE_TASKS = ("Transform", "Trainer")


def load_template(path: Path) -> dict:
    if not path.is_file():
        sys.exit(
            f"compile_pipeline.py: {path} is missing. It is TFX's compiled spec of this pipeline, "
            "committed with this example under pipeline/tfx-compiled/: restore it from git, "
            "or compile with TFX (see kubeflow_runner.py)."
        )
    return json.loads(path.read_text(encoding="utf-8"))


def constant(value) -> dict:
    """A task parameter's constant, in TFX 1.9.0's schema 2.0.0 style (ints as strings)."""
    if isinstance(value, int):
        return {"runtimeValue": {"constantValue": {"intValue": str(value)}}}
    return {"runtimeValue": {"constantValue": {"stringValue": value}}}


def string_constant(task: dict, name: str) -> str:
    return task["inputs"]["parameters"][name]["runtimeValue"]["constantValue"]["stringValue"]


def apply_configs(job: dict) -> dict:
    spec = job["pipelineSpec"]
    job["displayName"] = configs.PIPELINE_NAME
    spec["pipelineInfo"]["name"] = configs.PIPELINE_NAME
    job["runtimeConfig"] = {"gcsOutputDirectory": configs.PIPELINE_ROOT}

    for executor in spec["deploymentSpec"]["executors"].values():
        if "container" in executor:
            executor["container"]["image"] = configs.PIPELINE_IMAGE

    tasks = spec["root"]["dag"]["tasks"]
    tasks["ImportExampleGen"]["inputs"]["parameters"]["input_base"] = constant(configs.DATA_PATH)
    trainer = tasks["Trainer"]["inputs"]["parameters"]
    trainer["train_args"] = constant(json.dumps({"num_steps": configs.TRAIN_NUM_STEPS}, indent=2))
    trainer["eval_args"] = constant(json.dumps({"num_steps": configs.EVAL_NUM_STEPS}, indent=2))
    custom = json.loads(string_constant(tasks["Trainer"], "custom_config"))
    custom["ai_platform_vertex_region"] = configs.GOOGLE_CLOUD_REGION
    training = custom["ai_platform_training_args"]
    training["project"] = configs.GOOGLE_CLOUD_PROJECT
    for pool in training["worker_pool_specs"]:
        pool["machine_spec"] = dict(configs.TRAINING_MACHINE)
        pool["container_spec"]["image_uri"] = configs.PIPELINE_IMAGE
    trainer["custom_config"] = constant(json.dumps(custom, sort_keys=True))

    # The runtime parameter that pins a run to the training modules of one commit.
    spec["root"].setdefault("inputDefinitions", {}).setdefault("parameters", {})[MODULE_ROOT] = {"type": "STRING"}
    for name in MODULE_TASKS:
        spec["components"][name]["inputDefinitions"]["parameters"][MODULE_ROOT] = {"type": "STRING"}
        tasks[name]["inputs"]["parameters"][MODULE_ROOT] = {"componentInputParameter": MODULE_ROOT}
    return job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--template", type=Path, default=TEMPLATE)
    parser.add_argument("--output", type=Path, default=Path(f"{configs.PIPELINE_NAME}.pipeline.json"))
    args = parser.parse_args()
    job = apply_configs(load_template(args.template))
    args.output.write_text(json.dumps(job, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tasks = job["pipelineSpec"]["root"]["dag"]["tasks"]
    print(f"Wrote {args.output}: pipeline {configs.PIPELINE_NAME}, {len(tasks)} tasks, image {configs.PIPELINE_IMAGE}")


if __name__ == "__main__":
    main()
