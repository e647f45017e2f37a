"""Cache files are sealed with an HMAC under a secret key kept in the user's config folder, never in
a repository: a cache folder someone else wrote (say, committed to a pull request) fails the check
and is rebuilt, so its contents, pickles included, are never loaded."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from functools import lru_cache
from pathlib import Path

_MAC_LENGTH = 64  # hex digits of an HMAC-SHA256


def key_path() -> Path:
    """Where the key lives: $FACTCHECK_KEY_FILE, else the user config folder (platformdirs)."""
    if os.environ.get("FACTCHECK_KEY_FILE"):
        return Path(os.environ["FACTCHECK_KEY_FILE"])
    from platformdirs import user_config_dir

    return Path(user_config_dir("factcheck")) / "cache-key"


@lru_cache(maxsize=1)
def _key() -> bytes:
    path = key_path()
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    key = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(key)
    except FileExistsError:  # another process made it first: use theirs
        stored = path.read_bytes()
        if len(stored) >= 32:
            return stored
    except OSError:
        pass  # no writable config folder: this process's caches are its own
    return key


def seal(payload: bytes) -> bytes:
    """`payload` with its HMAC in front."""
    return hmac.new(_key(), payload, hashlib.sha256).hexdigest().encode() + b"\n" + payload


def unseal(data: bytes) -> bytes | None:
    """The payload of a sealed file, or None when its HMAC does not verify (altered, truncated,
    or written under another key)."""
    mac, newline, payload = data[:_MAC_LENGTH], data[_MAC_LENGTH : _MAC_LENGTH + 1], data[_MAC_LENGTH + 1 :]
    if newline != b"\n":
        return None
    expected = hmac.new(_key(), payload, hashlib.sha256).hexdigest().encode()
    return payload if hmac.compare_digest(mac, expected) else None
