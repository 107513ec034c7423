"""Load DIET for answering only: without building the training step, and without the optimizer.

Rasa 3.6 loads a trained TensorFlow model (`RasaModel.load`, rasa/utils/tensorflow/models.py)
by compiling it with a fresh Adam optimizer and running `fit` on one example, "to build weights
of the correct size", and only then restoring the checkpoint. That traces the whole training
graph (forward, loss and gradients) and creates two Adam slots per weight, none of which a
running assistant ever uses: measured on our model, the loaded process held about 1.05 GB of
anonymous memory after loading, and 388 MB with this module (tests/rasa_addons/test_lean_load.py
checks that it stays under 60 %).

Here the checkpoint is restored first, into a model that has no variables yet. TensorFlow's
object-based checkpoints restore each variable when it is created ("deferred restoration"),
so the one prediction Rasa runs anyway to trace the predict step creates the weights with their
trained values; `expect_partial()` says the optimizer's slots in the file are meant to stay
unread. The predictions are the same as Rasa's own load gives: the same test compares both on
every third NLU example.

Only loading for prediction changes. Fine-tuning (`finetune_mode`), or a load without an example
to predict on, still goes through Rasa's own code.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
from typing import Any

logger = logging.getLogger(__name__)


def _release_freed_memory() -> None:
    """Give the loader's freed heap back to the system: glibc keeps it otherwise, and the
    replica's resident size would stay at its loading peak."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc (musl, macOS): no trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def install() -> None:
    from rasa.utils.tensorflow.models import RasaModel

    rasa_load = RasaModel.load.__func__
    if getattr(rasa_load, "prediction_only", False):
        return  # installed already

    def load(
        cls: type[RasaModel],
        model_file_name: str,
        model_data_example: Any,
        predict_data_example: Any = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> RasaModel:
        if finetune_mode or predict_data_example is None:
            return rasa_load(
                cls,
                model_file_name,
                model_data_example,
                predict_data_example,
                finetune_mode,
                *args,
                **kwargs,
            )
        model = cls(*args, **kwargs)
        model.load_weights(model_file_name).expect_partial()
        model.run_inference(predict_data_example)  # creates the weights, restored as created
        _release_freed_memory()
        logger.debug("Loaded %s for prediction only from %s.", cls.__name__, model_file_name)
        return model

    load.prediction_only = True  # type: ignore[attr-defined]
    RasaModel.load = classmethod(load)
