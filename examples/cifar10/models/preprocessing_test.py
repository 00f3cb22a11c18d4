import pytest

from models import preprocessing


def test_preprocessing_fn_is_what_tfx_calls():
    assert callable(preprocessing.preprocessing_fn)


@pytest.mark.parametrize("raw, scaled", [(0, 0.0), (255, 1.0), (51, 0.2)])
def test_scale_pixel_maps_0_255_to_0_1(raw, scaled):
    assert preprocessing.scale_pixel(raw) == pytest.approx(scaled)


def test_scale_pixel_rejects_values_outside_a_byte():
    with pytest.raises(ValueError, match="outside 0..255"):
        preprocessing.scale_pixel(256)


def test_image_shape_is_32_by_32_rgb():
    assert preprocessing.image_shape() == (32, 32, 3)
