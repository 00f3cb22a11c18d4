"""Compiles the TFX pipeline for Vertex AI Pipelines — with TFX installed:

    tfx pipeline compile --pipeline-path kubeflow_runner.py --engine vertex

On machines without TFX (this example's demo), use compile_pipeline.py.
"""

from tfx import v1 as tfx

from pipeline import configs, pipeline

if __name__ == "__main__":
    runner = tfx.orchestration.experimental.KubeflowV2DagRunner(
        config=tfx.orchestration.experimental.KubeflowV2DagRunnerConfig(default_image=configs.PIPELINE_IMAGE),
        output_filename=f"{configs.PIPELINE_NAME}.pipeline.json",
    )
    runner.run(pipeline.create_pipeline(pipeline_root=configs.PIPELINE_ROOT, data_path=configs.DATA_PATH))
