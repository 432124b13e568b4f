"""Lines that are no article prose: link lines, social-media residue, bylines; and verbless headlines or captions
(``find`` skips them before looking for events)."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span as SpacySpan

from ..nlp import tokens_with_pos

LINK_LINE = re.compile(
    r"^\s*(also read|read more|read also|related|see also|more on this|recommended|watch|follow us|"
    r"subscribe|click here|advertisement)\b\s*[:\-|]?"
    r"|^\s*(photo|image|picture|video|file photo|caption|pictured|graphic|map)\s*(\([^)]*\))?\s*:",
    re.IGNORECASE,
)
SOCIAL_RESIDUE = re.compile(r"(https?://|www\.|pic\.twitter\.com|t\.co/|^\s*[—–-]\s*.*\(@\w+\))", re.IGNORECASE)
HANDLE = re.compile(r"@\w+")
BYLINE = re.compile(r"^\s*(?i:by|reporting by|written by|edited by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*$")


# SOCIAL_RESIDUE's alternatives that need neither "/" nor "@": a text with neither is searched for these alone
_SOCIAL_WITHOUT_SLASH = re.compile(r"www\.|pic\.twitter\.com", re.IGNORECASE)


def _social_residue(text: str) -> bool:
    """``SOCIAL_RESIDUE.search(text)``, without trying its five alternatives at every character of prose."""
    if "/" in text or "@" in text:
        return SOCIAL_RESIDUE.search(text) is not None
    return _SOCIAL_WITHOUT_SLASH.search(text) is not None


def skip_sentence(text: str) -> str | None:
    """Why a sentence is not article prose (link line, social residue, byline), or None when it is prose."""
    if LINK_LINE.match(text):
        return "link-line"
    if _social_residue(text):
        return "social-residue"
    if len(HANDLE.findall(text)) >= 2:
        return "social-handles"
    if BYLINE.match(text):
        return "byline"
    return None


def has_finite_verb(sent: SpacySpan) -> bool:
    """Noun-only headlines and captions ("Armenia-Azerbaijan conflict") have no verb (read from the Doc's cached
    part-of-speech index, without making the sentence's tokens)."""
    for pos in ("VERB", "AUX"):
        found = tokens_with_pos(sent.doc, pos)
        k = bisect.bisect_left(found, sent.start)
        if k < len(found) and found[k] < sent.end:
            return True
    return False
