"""The pipeline's settings. Pure Python: read by the TFX pipeline and by compile_pipeline.py.

Values that differ between environments come from the environment, which the reusable workflow
sets from its inputs (GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_REGION, PIPELINE_IMAGE, PIPELINE_ROOT).
"""

import os

PIPELINE_NAME = "img-classification"

GOOGLE_CLOUD_PROJECT = os.environ.get("GOOGLE_CLOUD_PROJECT", "my-gcp-project")
# A region (us-central1), never a zone (us-central1-a): Vertex AI rejects zones.
GOOGLE_CLOUD_REGION = os.environ.get("GOOGLE_CLOUD_REGION", "us-central1")

GCS_BUCKET_NAME = f"{GOOGLE_CLOUD_PROJECT}-complete-mlops"
PIPELINE_IMAGE = os.environ.get(
    "PIPELINE_IMAGE", f"{GOOGLE_CLOUD_REGION}-docker.pkg.dev/{GOOGLE_CLOUD_PROJECT}/pipelines/{PIPELINE_NAME}"
)
PIPELINE_ROOT = os.environ.get("PIPELINE_ROOT", f"gs://{GCS_BUCKET_NAME}/tfx_pipeline_output/{PIPELINE_NAME}")
DATA_PATH = f"gs://{GCS_BUCKET_NAME}/data/"

PREPROCESSING_FN = "models.preprocessing.preprocessing_fn"
TRAINING_FN = "models.model.run_fn"

TRAIN_NUM_STEPS = 160
EVAL_NUM_STEPS = 4
EVAL_ACCURACY_THRESHOLD = 0.6

# Where the Trainer runs on Vertex AI.
TRAINING_MACHINE = {
    "machine_type": "n1-standard-4",
    "accelerator_type": "NVIDIA_TESLA_T4",
    "accelerator_count": 1,
}
