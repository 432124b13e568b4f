"""``communique evaluate``: score the pipeline on a public annotated set.
"""

from __future__ import annotations

import json
import sys

import click

import communique

from ..output import emit
from .base import EVALUATE_CELL_MAX, EVALUATION_NAMES, handle_errors, main


def _check_topics(ctx: click.Context, param: click.Parameter, value: str | None) -> list[int] | None:
    if value is None:
        return None
    try:
        return [int(t) for t in value.split(",") if t.strip()]
    except ValueError:
        raise click.BadParameter("topics must be comma-separated integers, e.g. 2,5,12") from None


@main.command()
@click.argument("name", type=click.Choice(EVALUATION_NAMES))
@click.argument("path", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--topics", callback=_check_topics, help="ECB+ topics, comma-separated (default: 2,5,12,18,21,23,34,35).")
@click.option("--extractor", "extractors", multiple=True,
              help="Extractor(s) to score; give several to compare them side by side (default: rules).")
@handle_errors
def evaluate(name: str, path: str, fmt: str, topics: list[int] | None, extractors: tuple[str, ...]) -> None:
    """Score the pipeline on a public annotated set (PATH: a file or folder in that set's format).

    NAME: plover-gsr (PLOVER gold sentences), petrarch (PETRARCH validation records with their dictionaries),
    ecbplus (ECB+ cross-document event coreference), eventstoryline (date expressions), realnews (the political
    events of real wire stories: the folder with gold.jsonl and stories.jsonl, or that gold file). --format json
    gives every figure and the commit (realnews: every error too).
    """
    topic_list = topics
    if len(extractors) > 1:
        reports = communique.compare_extractors(name, path, list(extractors), topics=topic_list)
    else:
        reports = [communique.run_evaluation(name, path, topics=topic_list, extractor=extractors[0] if extractors else None)]
    if fmt == "json":
        payload = [json.loads(r.to_json()) for r in reports]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False))
        return
    for r in reports:
        rows = r.table_rows()
        click.echo(f"{r.name} on {r.path} (extractor {r.extractor}, commit {r.commit})")
        emit("table", rows, sys.stdout, columns=list(rows[0].keys()) if rows else ["figure", "value"],
             cell_max=EVALUATE_CELL_MAX)
