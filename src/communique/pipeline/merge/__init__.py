"""Merge reports of the same event, within one article and across articles.

- :mod:`.score`: whether two reports describe the same event (:func:`same_event`, its weights and thresholds);
- :mod:`.combine`: fold one report into another;
- :mod:`.within`: merge within one article (:func:`merge_within_document`);
- :mod:`.across`: merge across articles: candidate windows, what a candidate must share, the merge plan
  (:func:`merge_into`) and :func:`cluster` (the ECB+ evaluation).
"""

from __future__ import annotations

from .across import (
    RECENT_WINDOW_DAYS,
    MergePlan,
    absorb,
    candidate_queries,
    candidate_window,
    cluster,
    coarse,
    merge_into,
    sharing,
)
from .combine import combine
from .score import (
    CLUSTER_THRESHOLD,
    GENERIC_TYPE,
    MERGE_THRESHOLD,
    PENALTY_DISJOINT,
    PENALTY_PLACE,
    PENALTY_UNKNOWN_PARTICIPANTS,
    RECENT_DAYS,
    W_DAY,
    W_OVERLAP,
    W_PLACE,
    W_SHARED,
    W_TRIGGER,
    dates_compatible,
    lemma_key,
    participant_overlap,
    same_event,
    statuses_compatible,
    trigger_lemmas,
    trigger_similarity,
    types_compatible,
)
from .within import merge_within_document

__all__ = [
    "CLUSTER_THRESHOLD", "GENERIC_TYPE", "MERGE_THRESHOLD", "PENALTY_DISJOINT", "PENALTY_PLACE",
    "PENALTY_UNKNOWN_PARTICIPANTS", "RECENT_DAYS", "RECENT_WINDOW_DAYS", "W_DAY", "W_OVERLAP", "W_PLACE", "W_SHARED",
    "W_TRIGGER", "MergePlan", "absorb", "candidate_queries", "candidate_window", "cluster", "coarse", "combine",
    "dates_compatible", "lemma_key", "merge_into", "merge_within_document", "participant_overlap", "same_event",
    "sharing", "statuses_compatible", "trigger_lemmas", "trigger_similarity", "types_compatible",
]
