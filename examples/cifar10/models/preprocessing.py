"""TFX Transform: decode the PNG bytes, scale the pixels, keep the label.

TensorFlow is imported inside `preprocessing_fn` (the only function TFX calls), so that the pure
helpers below can be unit-tested on a machine without it.
"""

from models import features

PIXEL_MAX = 255.0


def scale_pixel(value: float) -> float:
    """A pixel from 0..255 to 0..1, as the model expects its input."""
    if not 0 <= value <= PIXEL_MAX:
        raise ValueError(f"pixel value {value} is outside 0..255")
    return value / PIXEL_MAX


def image_shape() -> tuple:
    """The decoded image's shape: height, width, channels."""
    return (features.IMAGE_SIZE, features.IMAGE_SIZE, features.CHANNELS)


def preprocessing_fn(inputs):
    """tf.Transform's callback: raw features in, transformed features out."""
    import tensorflow as tf  # only where TFX runs it

    def decode(png):
        image = tf.io.decode_png(png, channels=features.CHANNELS)
        image = tf.image.convert_image_dtype(image, tf.float32)  # scales to 0..1 like scale_pixel
        return tf.reshape(image, image_shape())

    images = tf.map_fn(decode, tf.reshape(inputs[features.IMAGE_KEY], [-1]), fn_output_signature=tf.float32)
    return {
        features.transformed_name(features.IMAGE_KEY): images,
        features.transformed_name(features.LABEL_KEY): inputs[features.LABEL_KEY],
    }
