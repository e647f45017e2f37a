"""A memo that outlives the process, for `check`'s start-up: the results of pure, slow lookups
(pint conversions, dateparser readings of a span, quantulum3's unit lexicon and readings) saved in
the cache folder, so a new process does not rebuild a unit registry or load a lexicon to answer
what an earlier run already answered.

Disabled (a plain in-memory memo) until `enable()` is called. The file is keyed by the extractor
version and the versions of the libraries that computed the results, carries a checksum, and is
rebuilt when unreadable: a memo can only cost time, never change a result.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

MAX_ENTRIES = 65536  # per function; a full table starts over, so memory stays bounded
_tables: dict[str, dict[tuple[Any, ...], Any]] = {}
_state: dict[str, Any] = {"path": None, "dirty": False}


def persistent(fn: F) -> F:
    """Memoise `fn` (hashable positional arguments only) in the persistent memo."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(*args: Any) -> Any:
        table = _tables.setdefault(name, {})
        if args in table:
            return table[args]
        result = fn(*args)
        if len(table) >= MAX_ENTRIES:
            table.clear()
        table[args] = result
        _state["dirty"] = True
        return result

    wrapper.cache_clear = lambda: _tables.pop(name, None)  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def _version_key() -> str:
    from importlib import metadata

    from factcheck import EXTRACTOR_VERSION

    parts = [EXTRACTOR_VERSION]
    for package in ("pint", "dateparser", "quantulum3", "inflect", "lemminflect", "babel"):
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=?")
    parts.append((Path(__file__).parent / "extract" / "news_units.txt").read_text(encoding="utf-8"))
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def read_checked(path: Path) -> Any | None:
    """The object pickled at `path` by `write_checked`, or None when absent; a file that is not
    sealed with this user's key (altered, truncated, planted) is deleted unread and None returned."""
    from factcheck.signing import unseal

    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        payload = unseal(data)
        if payload is None:
            raise ValueError("not sealed with this user's key")
        return pickle.loads(payload)  # only ever a file this user's factcheck wrote
    except Exception:  # never trusted: rebuilt by the caller
        path.unlink(missing_ok=True)
        return None


def write_checked(path: Path, obj: Any) -> None:
    """Pickle `obj` to `path`, sealed with this user's key, atomically; a failed write only costs time."""
    from factcheck.io import atomic_write_bytes
    from factcheck.signing import seal

    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        atomic_write_bytes(path, seal(payload))
    except OSError:
        pass


def enable(folder: Path) -> None:
    """Load the memo saved in `folder` (if any is valid) and save there on `save()`."""
    path = folder / f"memo-{_version_key()}.pickle"
    _state["path"] = path
    loaded = read_checked(path)
    if not isinstance(loaded, dict):
        return
    for name, table in loaded.items():
        _tables.setdefault(name, {}).update(table)


def save() -> None:
    """Write the memo if it gained entries since it was loaded."""
    if _state["path"] is None or not _state["dirty"]:
        return
    write_checked(_state["path"], _tables)
    _state["dirty"] = False
