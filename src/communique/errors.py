"""Named exceptions. The library raises these; only the CLI turns them into messages."""


class CommuniqueError(Exception):
    """Base class. ``fix`` tells the user what to do about it."""

    def __init__(self, message: str, fix: str = "") -> None:
        super().__init__(message)
        self.fix = fix

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base}. {self.fix}" if self.fix else base


class InputError(CommuniqueError):
    """A file could not be read as an article."""


class ExtractionError(CommuniqueError):
    """The pipeline failed on an article (``extract()``); ``cause`` is the underlying error message. The same
    article fails the same way each time."""

    def __init__(self, message: str, fix: str = "", cause: str = "") -> None:
        super().__init__(message, fix)
        self.cause = cause


class ModelNotInstalled(CommuniqueError):
    """The configured spaCy model is not installed."""


class StoreError(CommuniqueError):
    """The store could not be opened or written."""


class SchemaMismatch(StoreError):
    """The store was written by an incompatible version."""


class EvaluationDataError(CommuniqueError):
    """An evaluation set could not be read."""


class MissingExtra(CommuniqueError):
    """An optional engine (e.g. Dask) is not installed."""


class ExportError(CommuniqueError):
    """An export could not be written (unknown format, missing folder, unwritable file)."""


class PlotError(CommuniqueError):
    """A chart could not be drawn (nothing to draw, unknown kind, unwritable file)."""


class ExecutorError(CommuniqueError):
    """The executor could not be started (e.g. no Dask scheduler at the address given)."""
