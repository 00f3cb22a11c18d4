import pytest

from models import model


def test_run_fn_is_what_the_trainer_calls():
    assert callable(model.run_fn)


def test_hyperparameters_take_overrides():
    assert model.hyperparameters(batch_size=32)["batch_size"] == 32
    assert model.hyperparameters()["learning_rate"] == pytest.approx(1e-3)


def test_hyperparameters_refuse_a_typo():
    with pytest.raises(KeyError, match="learnig_rate"):
        model.hyperparameters(learnig_rate=0.1)


def test_learning_rate_warms_up_then_decays_to_zero():
    rates = [model.learning_rate_at(step, total_steps=100, base=1.0, warmup_steps=10) for step in range(101)]
    assert rates[0] == pytest.approx(0.1)
    assert rates[9] == pytest.approx(1.0)
    assert all(later <= earlier for earlier, later in zip(rates[10:], rates[11:]))
    assert rates[100] == pytest.approx(0.0, abs=1e-12)


def test_span_pattern_matches_the_data_layout():
    assert model.span_pattern(2, "train") == "span-2/train/*.tfrecord"


@pytest.mark.parametrize("span, split", [(0, "train"), (1, "eval")])
def test_span_pattern_rejects_bad_spans_and_splits(span, split):
    with pytest.raises(ValueError):
        model.span_pattern(span, split)
