"""One error hierarchy for the whole package; only the CLI turns these into exit codes."""

from __future__ import annotations

from pathlib import Path


class FactcheckError(Exception):
    """Base error: carries the file (and line, when known) the problem is in."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __reduce__(self) -> tuple[type, tuple[str, str | None, int | None]]:
        # keeps path and line when an error crosses a process boundary (--jobs, Dask workers)
        return self.__class__, (self.message, self.path, self.line)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        return where + self.message


class InputError(FactcheckError):
    """An article, corpus or fact table cannot be read or is empty."""


class RuleError(FactcheckError):
    """A rule file is malformed or refers to something that does not exist."""


class UsageError(FactcheckError):
    """The command line asks for something impossible."""


class OutputError(FactcheckError):
    """Output cannot be written (full disk, closed pipe, no permission)."""


class CacheError(FactcheckError):
    """A cache entry is corrupt or stale; callers rebuild instead of trusting it."""
