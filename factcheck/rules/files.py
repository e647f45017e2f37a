"""Which files hold the rules, and a digest of them (keys the caches of `check`)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factcheck.errors import RuleError


def rule_files(folder: Path) -> list[Path]:
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise RuleError("no such rules folder (the default is ./rules; pass --rules DIR)", folder)
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    if not files:
        raise RuleError("no .yaml rule files found", folder)
    return files


def rules_digest(folder: Path) -> str:
    """A hash of the rule files' names and contents and of the code that reads them: any edit, or
    a new factcheck version, gives a new digest."""
    from factcheck import EXTRACTOR_VERSION, __version__

    h = hashlib.sha256(f"{__version__}\x1f{EXTRACTOR_VERSION}\x1f".encode())
    for path in rule_files(folder):
        h.update(str(path.resolve()).encode() + b"\0")
        try:
            h.update(path.read_bytes() + b"\0")
        except OSError as exc:
            raise RuleError(f"cannot read rule file: {exc.strerror or exc}", path) from exc
    return h.hexdigest()
