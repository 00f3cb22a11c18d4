import pytest

from models import features


def test_labels_are_the_ten_cifar10_classes_in_label_order():
    assert len(features.LABELS) == 10
    assert features.LABELS[0] == "airplane"
    assert features.LABELS[9] == "truck"


def test_transformed_name_adds_the_suffix_transform_uses():
    assert features.transformed_name(features.IMAGE_KEY) == "image_xf"


def test_label_name_and_label_id_are_inverse():
    for index, name in enumerate(features.LABELS):
        assert features.label_name(index) == name
        assert features.label_id(name) == index


def test_label_id_accepts_file_name_casing():
    assert features.label_id(" Cat ") == 3


@pytest.mark.parametrize("bad", [-1, 10])
def test_label_name_rejects_ids_outside_the_vocabulary(bad):
    with pytest.raises(ValueError, match="not in 0..9"):
        features.label_name(bad)


def test_label_id_names_the_known_classes_when_it_fails():
    with pytest.raises(ValueError, match="airplane"):
        features.label_id("zebra")
