"""The confidence models: logistic regressions over :data:`~.features.FEATURES`, read from JSON files.

``model.json`` is the story model: fitted (by ``scripts/fit_confidence.py``) on the candidates of real wire stories,
it leans on what a story shows around an event (its place in the story, repeated reports, the story's countries).
``model_sentence.json`` is the sentence model, for texts too short to be a story (:data:`SHORT_TEXT_SENTENCES`
sentences or fewer: a headline, a brief, one curated sentence), where those story features say nothing; it is the
model fitted in session 5 on the gold stories alone, under which the curated sentence sets (PLOVER gold sentences,
PETRARCH unit tests) keep their floors. Each file holds the intercept, one weight per feature name (a feature
without a weight counts 0), the default threshold and its provenance. Each is read once per process; at run time a
model is a dot product.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...errors import CommuniqueError

MODEL_FILE = Path(__file__).with_name("model.json")
SENTENCE_MODEL_FILE = Path(__file__).with_name("model_sentence.json")
SHORT_TEXT_SENTENCES = 2  # a text of this many sentences or fewer is scored by the sentence model


@dataclass(frozen=True)
class ConfidenceModel:
    intercept: float
    weights: dict[str, float]
    threshold: float = 0.0  # the default Settings.min_confidence
    provenance: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ConfidenceModel:
        try:
            weights = {str(k): float(v) for k, v in raw["weights"].items()}
            return cls(intercept=float(raw["intercept"]), weights=weights, threshold=float(raw.get("threshold", 0.0)),
                       provenance=dict(raw.get("provenance") or {}))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CommuniqueError(f"the confidence model is malformed: {exc!r}",
                                  fix="regenerate it with scripts/fit_confidence.py") from exc

    def score(self, features: dict[str, float]) -> float:
        """The linear score (log-odds); a feature the model has no weight for counts 0."""
        return self.intercept + sum(w * features.get(name, 0.0) for name, w in self.weights.items())

    def probability(self, features: dict[str, float]) -> float:
        z = self.score(features)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def reasons(self, features: dict[str, float], n: int = 3) -> list[str]:
        """The ``n`` features that moved this event's score most, as "+name" / "-name"."""
        parts = sorted(((w * features.get(k, 0.0), k) for k, w in self.weights.items()), key=lambda p: -abs(p[0]))
        return [f"{'+' if c > 0 else '-'}{k}" for c, k in parts[:n] if c != 0.0]


def load_model(path: str | Path) -> ConfidenceModel:
    try:
        raw = json.loads(Path(path).read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CommuniqueError(f"cannot read the confidence model {path}: {exc}",
                              fix="reinstall communique or regenerate it with scripts/fit_confidence.py") from exc
    return ConfidenceModel.from_dict(raw)


@lru_cache(maxsize=1)
def default_model() -> ConfidenceModel:
    """The bundled story model, read once per process."""
    return load_model(MODEL_FILE)


@lru_cache(maxsize=1)
def sentence_model() -> ConfidenceModel:
    """The bundled sentence model (texts of at most :data:`SHORT_TEXT_SENTENCES` sentences), read once per process."""
    return load_model(SENTENCE_MODEL_FILE)


def model_for(sentence_count: int) -> ConfidenceModel:
    """The bundled model for a text of ``sentence_count`` sentences."""
    return sentence_model() if sentence_count <= SHORT_TEXT_SENTENCES else default_model()


__all__ = ["MODEL_FILE", "SENTENCE_MODEL_FILE", "SHORT_TEXT_SENTENCES", "ConfidenceModel", "default_model",
           "load_model", "model_for", "sentence_model"]
