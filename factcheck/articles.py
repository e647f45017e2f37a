"""Articles in: read `.txt`/`.md` files, their YAML front matter and an optional corpus manifest."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import hashlib
import io
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from factcheck.errors import InputError
from factcheck.text import DATELINE_RE

ARTICLE_SUFFIXES = (".txt", ".md")
EARLIEST_PUBLISHED, LATEST_PUBLISHED = dt.date(1800, 1, 1), dt.date(2199, 12, 31)
MAX_ARTICLE_BYTES = int(os.environ.get("FACTCHECK_MAX_ARTICLE_BYTES", str(64 * 1024 * 1024)))
MANIFEST_NAMES = ("corpus.yaml", "corpus.yml")
METADATA_KEYS = ("published", "outlet", "url", "title")


@dataclass(frozen=True)
class Article:
    """One article: `text` is the body (front matter removed); all offsets index it."""

    source: str
    path: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    body_line_offset: int = 0  # lines of front matter before the body, for line numbers
    digest: str = field(default="", compare=False)


_YAML_DAY = re.compile(r":\s*['\"]?(\d{4}-\d{1,2}-\d{1,2})\b")


def _bad_day_line(text: str) -> int | None:
    """The line (from 1) of the first value written as a day the calendar does not have ("published: 2024-13-45")."""
    for number, line in enumerate(text.splitlines(), 1):
        if (day := _YAML_DAY.search(line)) is not None:
            try:
                dt.date(*(int(part) for part in day.group(1).split("-")))
            except ValueError:
                return number
    return None


def _yaml_load(text: str, path: str, first_line: int = 1) -> object:
    """`text` read as YAML; errors name `path` and the line, counting `text`'s first line as `first_line` of the file."""
    from factcheck.yamlsafe import alias_problem

    try:
        problem = alias_problem(text)
        if problem:
            raise InputError(problem, path)
        return YAML(typ="safe", pure=True).load(io.StringIO(text))
    except (ValueError, OverflowError) as exc:  # e.g. a date the calendar does not have: 2024-02-30
        line = _bad_day_line(text)
        raise InputError(f"invalid value in YAML: {exc}", path, None if line is None else line + first_line - 1) from exc
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark is not None else None
        raise InputError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path, line) from exc


def parse_date(value: object, path: str | None, what: str = "published") -> dt.date | None:
    """Accept a date, a datetime or an ISO string; anything else is an input error."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError as exc:
            raise InputError(f"{what}: expected an ISO date like 2024-05-15, got {value!r}", path) from exc
    if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        raise InputError(f"{what}: {day.isoformat()} is outside {EARLIEST_PUBLISHED.year}-{LATEST_PUBLISHED.year}, "
                         "the years a publication date can anchor relative dates in", path)
    return day


def split_front_matter(raw: str, path: str) -> tuple[dict[str, object], str, int]:
    """Return (metadata, body, number of lines before the body)."""
    if not raw.startswith("---"):
        return {}, raw, 0
    lines = raw.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return {}, raw, 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            meta = _yaml_load("".join(lines[1:i]), path, first_line=2) or {}
            if not isinstance(meta, dict):
                raise InputError("front matter must be a mapping of keys to values", path, 2)
            return meta, "".join(lines[i + 1 :]), i + 1
    raise InputError("front matter opened with '---' is never closed", path, 1)


def content_digest(raw: bytes) -> str:
    """Stable hash of an article's bytes, used as its cache key."""
    return hashlib.sha256(raw).hexdigest()


def article_from_text(
    raw: str, source: str, path: str, defaults: dict[str, object] | None = None, digest: str = ""
) -> Article:
    """Build an Article from text; front matter overrides `defaults` (e.g. from a manifest)."""
    meta, body, offset = split_front_matter(raw, path)
    merged = {**(defaults or {}), **meta}
    if not body.strip():
        raise InputError("article is empty", path)
    if not _has_text(body):
        raise InputError("article has no text: only spaces, punctuation, markup or invisible characters", path)
    published = parse_date(merged.get("published"), path)
    if published is None and "<meta" in body[:20000]:
        published = html_published(body[:20000])
    if published is None:
        published = dateline_published(body[:3000])
    return Article(
        source=source,
        path=path,
        text=body,
        published=published,
        outlet=_opt_str(merged.get("outlet")),
        url=_opt_str(merged.get("url")),
        title=_opt_str(merged.get("title")),
        body_line_offset=offset,
        digest=digest or content_digest(raw.encode("utf-8")),
    )


# a web page's own date of publication: <meta property="article:published_time" content="2024-05-16T08:00:00Z">, <meta
# name="date" content="2024-05-16">, <meta itemprop="datePublished" ...> (either attribute first)
_PUBLISHED_KEY = (r"(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|date|pubdate|publishdate"
                  r"|dc\.date|dcterms\.created|datePublished|sailthru\.date|parsely-pub-date)[\"']")
_HTML_PUBLISHED = re.compile(rf"<meta\s+(?:{_PUBLISHED_KEY}\s+content=[\"'](?P<a>\d{{4}}-\d\d-\d\d)"
                             rf"|content=[\"'](?P<b>\d{{4}}-\d\d-\d\d)[^\"']*[\"']\s+{_PUBLISHED_KEY})", re.I)


def html_published(text: str) -> dt.date | None:
    """The date a web page says it was published (its meta tags), None when it says none or no real day."""
    m = _HTML_PUBLISHED.search(text)
    if m is None:
        return None
    try:
        return dt.date.fromisoformat(m.group("a") or m.group("b"))
    except ValueError:
        return None


_MONTHS = [name.lower() for name in calendar.month_abbr]  # ("", "jan", ... "dec": a month's number is its index)


def dateline_published(text: str) -> dt.date | None:
    """The day a line near the top says the text was published ("Published: 2025-10-20", "Posted 21 October 2025");
    an "Updated" line's day when no line says published; None when no such line names a real day in range."""
    found: list[tuple[bool, dt.date]] = []
    for m in DATELINE_RE.finditer(text):
        written = m.group("date")
        try:
            if written[:4].isdigit():
                day = dt.date.fromisoformat(written[:10])
            else:
                month = _MONTHS.index((m.group("m1") or m.group("m2"))[:3].lower())
                day = dt.date(int(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2")))
        except ValueError:
            continue
        if EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
            found.append((m.group("label").lower().startswith(("updated", "modified", "last")), day))
    return min(found, key=lambda f: f[0])[1] if found else None


# a tag, a comment or a character reference: what a page holds besides its text
_MARKUP_PIECE = re.compile(r"<!--.*?-->|</?[A-Za-z!?][^<>]{0,2000}>|&#?\w{1,10};", re.S)


def _has_text(body: str) -> bool:
    """Whether `body` has a letter or a digit outside markup (a zero-width space or a byte-order mark is none)."""
    if any(c.isalnum() for c in body[:5000]) and "<" not in body[:5000] and "&" not in body[:5000]:
        return True
    return any(c.isalnum() for c in _MARKUP_PIECE.sub(" ", body))


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _byte_swapped(text: str) -> bool:
    """Whether UTF-16 text was decoded in the wrong byte order: most of its characters are an ASCII byte and a zero
    byte swapped (U+6200 for "b"), which no real text is made of."""
    sample = text[:2000]
    swapped = sum(1 for c in sample if ord(c) & 0xFF == 0 and 0x09 <= ord(c) >> 8 <= 0x7E)
    return bool(sample) and swapped * 2 > len(sample)


def read_article(path: Path, defaults: dict[str, object] | None = None, source: str | None = None) -> Article:
    """Read one article file (UTF-8, or UTF-16 with its byte-order mark); unreadable, undecodable or empty
    files raise InputError naming the file."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(f"article is {size:,} bytes, over the limit of {MAX_ARTICLE_BYTES:,} "
                             "(set FACTCHECK_MAX_ARTICLE_BYTES to allow more)", path)
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read article: {exc.strerror or exc}", path) from exc
    encoding = "utf-16" if raw_bytes.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"  # a BOM says UTF-16
    try:
        raw = raw_bytes.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not {encoding.upper()} text (byte {exc.start}: {exc.reason}); save the article as UTF-8",
                         path) from exc
    raw = raw.removeprefix("\ufeff")
    if encoding == "utf-16" and _byte_swapped(raw):
        raise InputError("its byte-order mark says UTF-16 of one byte order, but the text is in the other; save the "
                         "article as UTF-8", path)
    return article_from_text(raw, source or path.stem, str(path), defaults, content_digest(raw_bytes))


def read_manifest(folder: Path) -> dict[str, dict[str, object]]:
    """Per-file metadata from `corpus.yaml` (`articles: {file-or-stem: {published: ...}}`)."""
    for name in MANIFEST_NAMES:
        manifest = folder / name
        if manifest.is_file():
            data = _yaml_load(manifest.read_text(encoding="utf-8"), str(manifest)) or {}
            entries = data.get("articles", {}) if isinstance(data, dict) else None
            if not isinstance(entries, dict):
                raise InputError("expected a mapping 'articles: {file: {published: ...}}'", manifest)
            out: dict[str, dict[str, object]] = {}
            for key, meta in entries.items():
                if not isinstance(meta, dict):
                    raise InputError(f"articles.{key}: expected a mapping of metadata", manifest)
                unknown = set(meta) - set(METADATA_KEYS)
                if unknown:
                    raise InputError(
                        f"articles.{key}: unknown key(s) {sorted(unknown)}; expected {list(METADATA_KEYS)}", manifest
                    )
                out[Path(str(key)).stem] = dict(meta)
            return out
    return {}


@functools.cache
def _warn_dangling(path: Path) -> None:
    """Say once per run that a link in a corpus folder leads nowhere (a run lists its folders more than once)."""
    print(f"factcheck: warning: {path}: skipped, a symbolic link that leads to no file", file=sys.stderr)


def corpus_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their article files (sorted); files are taken as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.iterdir()):
                if p.suffix not in ARTICLE_SUFFIXES:
                    continue
                if p.is_file():
                    files.append(p)
                elif p.is_symlink():  # a dangling or looping link: say so rather than skip it silently
                    _warn_dangling(p)
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or folder", path)
    return files


def iter_corpus(paths: list[Path]) -> list[tuple[Path, dict[str, object]]]:
    """Article files of the given paths, each with the manifest metadata of its folder."""
    manifests: dict[Path, dict[str, dict[str, object]]] = {}
    out = []
    for file in corpus_files(paths):
        folder = file.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        out.append((file, manifests[folder].get(file.stem, {})))
    if not out:
        raise InputError("no .txt or .md articles found", ", ".join(str(p) for p in paths))
    return out


def load_corpus(paths: list[Path]) -> list[Article]:
    """Read every article of the given files and folders."""
    return [read_article(file, meta) for file, meta in iter_corpus(paths)]


def undated_sources(paths: list[Path]) -> list[str]:
    """The articles of the given files and folders that give no published date."""
    return [a.source for a in load_corpus(paths) if a.published is None]
