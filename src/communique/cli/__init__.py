"""Command-line interface: ``communique COMMAND``. Each command parses its arguments and calls one library function
(the package root, :mod:`communique`); the commands live in the modules of this package, one per kind of job."""

from . import data, evaluate, ingest, kb, listing  # noqa: F401  (each registers its commands on ``main``)
from .base import main

__all__ = ["main"]
