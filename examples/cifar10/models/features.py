"""Names shared by the preprocessing and the model: feature keys, image shape, label vocabulary.

Pure Python, so that it can be tested (and imported by the pipeline) without TensorFlow.
"""

IMAGE_KEY = "image"
LABEL_KEY = "label"

IMAGE_SIZE = 32
CHANNELS = 3

# CIFAR-10, index = label id (the order of labels.txt in the training data).
LABELS = (
    "airplane",
    "automobile",
    "bird",
    "cat",
    "deer",
    "dog",
    "frog",
    "horse",
    "ship",
    "truck",
)


def transformed_name(key: str) -> str:
    """The name TFX Transform gives a feature after preprocessing."""
    return f"{key}_xf"


def label_name(label_id: int) -> str:
    """The class name of a label id; an id outside the vocabulary is an error, not a guess."""
    if not 0 <= label_id < len(LABELS):
        raise ValueError(f"label id {label_id} is not in 0..{len(LABELS) - 1}")
    return LABELS[label_id]


def label_id(name: str) -> int:
    """The label id of a class name, as retraining data names its files (`cat_0001.jpg`)."""
    try:
        return LABELS.index(name.strip().lower())
    except ValueError:
        raise ValueError(f"unknown class {name!r}; known: {', '.join(LABELS)}") from None
