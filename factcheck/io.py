"""Atomic output: a file is either written whole or not at all."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import InputError


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename
    (flushed to disk first when `durable`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically; errors name the file."""
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path) from exc


@contextmanager
def atomic_output(path: Path, folder: bool = False) -> Iterator[Path]:
    """A temporary file (or folder) beside `path` to write into; it replaces `path` only when the
    block ends without error, so readers see the old output or the whole new one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if folder:
            tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
        else:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            os.close(fd)
            tmp = Path(name)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path) from exc
    try:
        yield tmp
        if folder and path.is_dir():  # a folder cannot be replaced in one step: swap, then delete the old one
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
            os.replace(path, old / path.name)
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)
        raise
