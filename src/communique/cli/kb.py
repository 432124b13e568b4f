"""``communique kb import``: bring your own actors and PETRARCH dictionaries.
"""

from __future__ import annotations

import click

import communique

from .base import _open, db_option, handle_errors, main


@main.group()
def kb() -> None:
    """The knowledge base: bring your own actors."""


@kb.command("import")
@click.argument("file", type=click.Path(exists=True))
@db_option
@handle_errors
def kb_import(file: str, db: str) -> None:
    """Load actors (JSONL or CSV: id, name, aliases, country, positions with start/end; or a PETRARCH actors
    dictionary) and PETRARCH verbs, agents and discards dictionaries (X.verbs.txt, X.agents.txt,
    X.discards.txt), one file or a folder of them.

    Everything imported is kept in the store and used by later ingests with the same --db. Importing the same
    file again changes nothing; a changed file of the same name replaces the stored one.
    """
    with _open(db) as store:
        report = communique.import_dictionaries(file, store)
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"imported {report.summary()} into {db}", err=True)
