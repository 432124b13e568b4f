"""Expert labels of candidate events on real-news stories outside a gold set (``benchmarks/labels/*.tsv``).

A gold set lists the events of a story; a label file instead judges the pipeline's own candidates, one line per
candidate: the story id, the trigger's character offsets in the text as communique reads it, the event type and
1 (an expert's gold event would match it), 0 (not) or ``opt`` (borderline). Lines starting with "#" are comments.
The file holds no story text. :func:`labelled_candidates` pairs a run's events with their labels (a candidate the
file does not name, e.g. one a newer rule makes, comes back unlabelled); :func:`label_figures` is the precision
among labelled stored rows, the yardstick for stories no model was tuned on when the labels were not fitted on.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import EvaluationDataError
from ..records import Event

Key = tuple[str, int, int, str]  # story, trigger start, trigger end, event type
_FIX = "each line: story<TAB>trigger_start<TAB>trigger_end<TAB>TYPE<TAB>1|0|opt (comments start with #)"


def read_labels(path: str | Path) -> dict[Key, int | None]:
    """(story, trigger start, end, type) -> 1, 0 or None (borderline)."""
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationDataError(f"cannot read the labels {p}: {exc}", fix=_FIX) from exc
    out: dict[Key, int | None] = {}
    for n, line in enumerate(lines, 1):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 5 or parts[4] not in ("0", "1", "opt") or not (parts[1].isdigit() and parts[2].isdigit()):
            raise EvaluationDataError(f"{p}:{n} is not a label line", fix=_FIX)
        story, start, end, etype, label = parts
        out[(story, int(start), int(end), etype)] = None if label == "opt" else int(label)
    return out


def event_key(story: str, event: Event) -> Key | None:
    return (story, event.trigger.start, event.trigger.end, event.event_type) if event.trigger else None


def labelled_candidates(preds: dict[str, list[Event]], labels: dict[Key, int | None]
                        ) -> tuple[list[tuple[str, Event, int | None]], int]:
    """The events the labels name, each with its label (story id, event, label), and how many they do not name."""
    rows: list[tuple[str, Event, int | None]] = []
    unlabelled = 0
    for story, events in preds.items():
        for ev in events:
            key = event_key(story, ev)
            if key is None or key not in labels:
                unlabelled += 1
            else:
                rows.append((story, ev, labels[key]))
    return rows, unlabelled


def label_figures(preds: dict[str, list[Event]], labels: dict[Key, int | None]) -> dict[str, float | int]:
    """Stored rows judged right among those labelled (borderline left out), the share of the right candidates
    stored, and the stored rows no label names."""
    rows, unlabelled = labelled_candidates(preds, labels)
    judged = [lab for _, _, lab in rows if lab is not None]
    right = sum(judged)
    all_right = sum(1 for lab in labels.values() if lab == 1)
    return {"stored_labelled": len(judged), "stored_right": right,
            "precision": right / len(judged) if judged else 0.0,
            "right_kept_share": right / all_right if all_right else 0.0,
            "stored_unlabelled": unlabelled, "stories": len(preds)}


__all__ = ["Key", "event_key", "label_figures", "labelled_candidates", "read_labels"]
