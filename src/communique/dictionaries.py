"""User dictionaries: import them into a store (``communique kb import``) and load a PETRARCH dictionary folder.

This module sits above the knowledge base (``kb/``) and the verb lexicon (``lexicon/user.py``), which do not
import each other's loaders.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .kb import KBExtra, load_actor_file, load_agent_file
from .kb.importer import read_kb_import
from .lexicon.user import load_discard_file, load_verb_file
from .store.base import Store, UserDictionary


@dataclass
class ImportReport:
    """What ``import_dictionaries`` kept: counts, the dictionaries new or changed, and warnings to show."""

    people: int = 0
    organizations: int = 0
    dictionaries: int = 0
    changed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.people} people", f"{self.organizations} organisations"]
        if self.dictionaries:
            kept = self.dictionaries - len(self.changed)
            parts.append(f"{self.dictionaries} dictionaries ({len(self.changed)} new or changed, {kept} already stored)")
        return ", ".join(parts)


def import_dictionaries(path: str | Path, store: Store) -> ImportReport:
    """Read actors (JSONL/CSV or a PETRARCH actors file) and PETRARCH verbs/agents/discards dictionaries (one file
    or a folder) and keep them in ``store`` for later ingests. Every file is parsed before anything is stored;
    importing the same file again changes nothing."""
    got = read_kb_import(path)
    report = ImportReport(people=len(got.extra.people), organizations=len(got.extra.organizations),
                          dictionaries=len(got.dictionaries), warnings=list(got.warnings))
    if got.extra.people or got.extra.organizations:
        store.save_kb_extra(got.extra)
    for d in got.dictionaries:
        sha1 = hashlib.sha1(d.text.encode("utf-8")).hexdigest()
        if store.save_dictionary(UserDictionary(kind=d.kind, name=d.name, text=d.text, sha1=sha1)):
            report.changed.append(f"{d.kind} {d.name}")
    return report


def load_user_dictionaries(folder: str | Path) -> KBExtra:
    """One KBExtra from the ``*.actors.txt``, ``*.agents.txt``, ``*.verbs.txt`` and ``*.discards.txt`` files
    of a folder (a PETRARCH dictionary set)."""
    d = Path(folder)
    if not d.is_dir():
        raise InputError(f"{d} is not a folder of dictionaries")
    extra = KBExtra()
    for f in sorted(d.glob("*.actors.txt")):
        got = load_actor_file(f)
        extra.people += got.people
        extra.organizations += got.organizations
        extra.roles += got.roles
    for f in sorted(d.glob("*.agents.txt")):
        got = load_agent_file(f)
        extra.people += got.people
        extra.organizations += got.organizations
        extra.roles += got.roles
    for f in sorted(d.glob("*.verbs.txt")):
        extra.verbs += load_verb_file(f)
    for f in sorted(d.glob("*.discards.txt")):
        extra.discards += load_discard_file(f)
    return extra


__all__ = ["ImportReport", "import_dictionaries", "load_user_dictionaries"]
