"""TFX Trainer: a small ResNet-style classifier for CIFAR-10.

`run_fn` is what the Trainer calls (configs.TRAINING_FN); TensorFlow is imported inside it. The
hyperparameters, the learning-rate schedule and the data pattern are plain Python and tested.
"""

import math

from models import features

DEFAULT_HYPERPARAMETERS = {
    "learning_rate": 1e-3,
    "warmup_steps": 10,
    "batch_size": 64,
}


def hyperparameters(**overrides) -> dict:
    """The defaults, with overrides; an unknown name is an error (a typo must not train silently)."""
    unknown = sorted(set(overrides) - set(DEFAULT_HYPERPARAMETERS))
    if unknown:
        raise KeyError(f"unknown hyperparameter(s): {', '.join(unknown)}")
    return {**DEFAULT_HYPERPARAMETERS, **overrides}


def learning_rate_at(step: int, total_steps: int, base: float, warmup_steps: int) -> float:
    """Linear warm-up, then cosine decay to zero at total_steps."""
    if step < warmup_steps:
        return base * (step + 1) / warmup_steps
    progress = min(1.0, (step - warmup_steps) / max(1, total_steps - warmup_steps))
    return base * 0.5 * (1 + math.cos(math.pi * progress))


def span_pattern(span: int, split: str) -> str:
    """Where a span's TFRecords live under the data root, as ImportExampleGen reads them."""
    if span < 1:
        raise ValueError(f"spans start at 1, not {span}")
    if split not in ("train", "test"):
        raise ValueError(f"split must be train or test, not {split!r}")
    return f"span-{span}/{split}/*.tfrecord"


def run_fn(fn_args):
    """The Trainer's entry point."""
    import tensorflow as tf  # only where TFX runs it

    params = hyperparameters()
    inputs = tf.keras.Input(shape=(features.IMAGE_SIZE, features.IMAGE_SIZE, features.CHANNELS),
                            name=features.transformed_name(features.IMAGE_KEY))
    base = tf.keras.applications.ResNet50(include_top=False, weights=None, input_tensor=inputs)
    outputs = tf.keras.layers.Dense(len(features.LABELS), activation="softmax")(
        tf.keras.layers.GlobalAveragePooling2D()(base.output))
    model = tf.keras.Model(inputs, outputs)
    model.compile(optimizer=tf.keras.optimizers.Adam(params["learning_rate"]),
                  loss="sparse_categorical_crossentropy", metrics=["sparse_categorical_accuracy"])
    model.save(fn_args.serving_model_dir, save_format="tf")
