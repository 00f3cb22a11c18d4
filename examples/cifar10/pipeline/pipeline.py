"""The TFX pipeline: ImportExampleGen → StatisticsGen → SchemaGen → Transform → Trainer →
Evaluator (against the latest blessed model) → Pusher.

This is what `tfx pipeline compile --pipeline-path kubeflow_runner.py --engine vertex` compiles.
TFX cannot be installed on the machines that run this example's demo, so CI compiles with
compile_pipeline.py instead (see its header); this file shows the real definition it stands for.
"""

from tfx import v1 as tfx  # needs TFX; no test imports this file
from tfx.extensions.google_cloud_ai_platform.trainer import executor as vertex_trainer

from pipeline import configs


def create_pipeline(pipeline_root: str, data_path: str, module_root: str = "") -> "tfx.dsl.Pipeline":
    example_gen = tfx.components.ImportExampleGen(
        input_base=data_path,
        input_config=tfx.proto.Input(
            splits=[
                tfx.proto.Input.Split(name="train", pattern="train/*"),
                tfx.proto.Input.Split(name="eval", pattern="test/*"),
            ]
        ),
    )
    statistics_gen = tfx.components.StatisticsGen(examples=example_gen.outputs["examples"])
    schema_gen = tfx.components.SchemaGen(statistics=statistics_gen.outputs["statistics"])
    transform = tfx.components.Transform(
        examples=example_gen.outputs["examples"],
        schema=schema_gen.outputs["schema"],
        preprocessing_fn=configs.PREPROCESSING_FN,
    )
    trainer = tfx.extensions.google_cloud_ai_platform.Trainer(
        run_fn=configs.TRAINING_FN,
        examples=transform.outputs["transformed_examples"],
        transform_graph=transform.outputs["transform_graph"],
        schema=schema_gen.outputs["schema"],
        train_args=tfx.proto.TrainArgs(num_steps=configs.TRAIN_NUM_STEPS),
        eval_args=tfx.proto.EvalArgs(num_steps=configs.EVAL_NUM_STEPS),
        custom_config={
            tfx.extensions.google_cloud_ai_platform.ENABLE_VERTEX_KEY: True,
            tfx.extensions.google_cloud_ai_platform.VERTEX_REGION_KEY: configs.GOOGLE_CLOUD_REGION,
            vertex_trainer.TRAINING_ARGS_KEY: {
                "project": configs.GOOGLE_CLOUD_PROJECT,
                "worker_pool_specs": [
                    {
                        "machine_spec": configs.TRAINING_MACHINE,
                        "replica_count": 1,
                        "container_spec": {"image_uri": configs.PIPELINE_IMAGE},
                    }
                ],
            },
            "use_gpu": True,
        },
    )
    model_resolver = tfx.dsl.Resolver(
        strategy_class=tfx.dsl.experimental.LatestBlessedModelStrategy,
        model=tfx.dsl.Channel(type=tfx.types.standard_artifacts.Model),
        model_blessing=tfx.dsl.Channel(type=tfx.types.standard_artifacts.ModelBlessing),
    ).with_id("latest_blessed_model_resolver")
    evaluator = tfx.components.Evaluator(
        examples=transform.outputs["transformed_examples"],
        model=trainer.outputs["model"],
        baseline_model=model_resolver.outputs["model"],
    )
    pusher = tfx.components.Pusher(
        model=trainer.outputs["model"],
        model_blessing=evaluator.outputs["blessing"],
        push_destination=tfx.proto.PushDestination(
            filesystem=tfx.proto.PushDestination.Filesystem(base_directory=f"{pipeline_root}/serving_model")
        ),
    )
    return tfx.dsl.Pipeline(
        pipeline_name=configs.PIPELINE_NAME,
        pipeline_root=pipeline_root,
        components=[example_gen, statistics_gen, schema_gen, transform, trainer, model_resolver, evaluator, pusher],
    )
