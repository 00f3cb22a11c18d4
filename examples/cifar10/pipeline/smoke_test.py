import pytest

from pipeline import smoke


def tiny_spec(**trainer_inputs):
    """Transform → Trainer, both fed module_root, unless trainer_inputs say otherwise."""
    module_root = {"module_root": {"componentInputParameter": "module_root"}}
    declares = {"inputDefinitions": {"parameters": {"module_root": {"type": "STRING"}}}}
    return {
        "pipelineSpec": {
            "root": {
                "inputDefinitions": {"parameters": {"module_root": {"type": "STRING"}}},
                "dag": {
                    "tasks": {
                        "Transform": {"componentRef": {"name": "Transform"}, "inputs": {"parameters": module_root}},
                        "Trainer": {
                            "componentRef": {"name": "Trainer"},
                            "dependentTasks": ["Transform"],
                            "inputs": {"parameters": module_root, **trainer_inputs},
                        },
                    }
                },
            },
            "components": {
                "Transform": {"executorLabel": "Transform_executor", **declares},
                "Trainer": {"executorLabel": "Trainer_executor", **declares},
            },
            "deploymentSpec": {
                "executors": {
                    "Transform_executor": {"container": {"image": "img"}},
                    "Trainer_executor": {"container": {"image": "img"}},
                }
            },
        }
    }


def test_a_sound_dag_is_put_in_run_order():
    assert smoke.dag_order(tiny_spec()) == ["Transform", "Trainer"]


def test_an_input_from_a_task_that_does_not_exist_is_named():
    spec = tiny_spec(artifacts={"schema": {"taskOutputArtifact": {"producerTask": "SchemaGen"}}})
    with pytest.raises(smoke.SmokeFailure, match="task Trainer: needs 'SchemaGen', which is not a task"):
        smoke.dag_order(spec)


def test_a_cycle_is_named():
    spec = tiny_spec()
    spec["pipelineSpec"]["root"]["dag"]["tasks"]["Transform"]["dependentTasks"] = ["Trainer"]
    with pytest.raises(smoke.SmokeFailure, match="tasks in a cycle: Trainer, Transform"):
        smoke.dag_order(spec)


def test_a_trainer_without_module_root_would_run_old_modules():
    spec = tiny_spec(parameters={})
    with pytest.raises(smoke.SmokeFailure, match="task Trainer does not receive module_root"):
        smoke.dag_order(spec)


def test_the_sample_records_go_through_the_preprocessing():
    labels = smoke.preprocess_sample(sorted(smoke.SAMPLE_DIR.glob("*.tfrecord")))
    assert len(labels) == 4
    assert set(labels) <= set(smoke.features.LABELS)


def test_a_damaged_record_fails_its_checksum(tmp_path):
    data = bytearray(next(smoke.SAMPLE_DIR.glob("*.tfrecord")).read_bytes())
    data[100] ^= 0xFF
    (tmp_path / "damaged.tfrecord").write_bytes(bytes(data))
    with pytest.raises(smoke.SmokeFailure, match="checksum is wrong"):
        smoke.read_tfrecords(tmp_path / "damaged.tfrecord")
