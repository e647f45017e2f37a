"""Atomic output: a file is either written whole or not at all, and what was at the path is respected
(a symlink's target is written, a device or FIFO is written straight through, permissions are kept)."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from factcheck.errors import OutputError


def write_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """What a write to `path` changes: a symlink's final target (the link stays a link), and the
    stat of what is there now (None when nothing is)."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        return path, path.stat()
    except FileNotFoundError:
        return path, None


def is_special(st: os.stat_result | None) -> bool:
    """A device, FIFO or socket: written straight through, never replaced by a rename."""
    return st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode)


@lru_cache(maxsize=1)
def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename
    (flushed to disk first when `durable`). A symlink's target is written; a device or FIFO is
    written straight through; a replaced file keeps its permissions, a new one gets the umask's."""
    path, st = write_target(path)
    if is_special(st):
        with open(path, "wb") as handle:
            handle.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else _new_file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically; errors name the file."""
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path) from exc


@contextmanager
def atomic_output(path: Path, folder: bool = False) -> Iterator[Path]:
    """A temporary file (or folder) beside `path` to write into; it replaces `path` only when the
    block ends without error, so readers see the old output or the whole new one."""
    path, st = write_target(path)
    if not folder and is_special(st):
        yield path
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if folder:
            tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
        else:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            os.close(fd)
            tmp = Path(name)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path) from exc
    try:
        yield tmp
        if folder and path.is_dir():  # a folder cannot be replaced in one step: swap, then delete the old one
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
            os.replace(path, old / path.name)
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else _new_file_mode())
            os.replace(tmp, path)
    except BaseException:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)
        raise
