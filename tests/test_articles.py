"""Article loading: front matter, manifests, and errors that name the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.articles import load_corpus, read_article
from factcheck.errors import InputError


def test_front_matter_is_metadata_and_offsets_index_the_body(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2024-05-15\noutlet: Example\n---\nPutin arrives on Thursday.\n", encoding="utf-8")
    article = read_article(path)
    assert article.published == dt.date(2024, 5, 15)
    assert article.outlet == "Example"
    assert article.text == "Putin arrives on Thursday.\n"
    assert article.body_line_offset == 4


def test_manifest_gives_published_dates(seeds_dir: Path) -> None:
    articles = load_corpus([seeds_dir])
    assert [a.source for a in articles] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert articles[1].published == dt.date(2024, 5, 16)


def test_front_matter_overrides_manifest(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("articles:\n  a: {published: 2020-01-01}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("---\npublished: 2021-02-03\n---\nText 5 people.\n", encoding="utf-8")
    assert load_corpus([tmp_path])[0].published == dt.date(2021, 2, 3)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "article is empty"),
        (b"  \n\n", "article is empty"),
        ("\u200b\ufeff \u00a0\n\t\u2060".encode(), "article has no text"),  # zero-width and joining characters
        (b"-----\n***\n", "article has no text"),
        (b"<html><head><title></title></head><body>\n<!-- 5 -->&nbsp;</body></html>", "article has no text"),
        (b"\x80bad", "not UTF-8"),
        (b"\xff\xfeb\x00a", "not UTF-16"),  # a byte-order mark, then an odd byte
        (b"\xff\xfe\x00b\x00a\x00d", "the text is in the other"),  # a little-endian mark on big-endian text
        (b"\xfe\xff" + "Exports rose 5%.".encode("utf-16-le"), "the text is in the other"),
        (b"---\npublished: [\n---\nbody", "invalid YAML"),
        (b"---\npublished: 2024-05-15\nbody without end", "never closed"),
        (b"---\npublished: yesterday-ish\n---\nbody", "published: expected an ISO date"),
    ],
)
def test_bad_articles_raise_input_error_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (b"---\ntitle: Quake\npublished: 2024-13-45\n---\nbody", ":3: invalid value in YAML"),  # no such month
        (b"---\npublished: 2024-02-30\n---\nbody", ":2: invalid value in YAML"),
        (b"---\ntitle: Quake\noutlet: a: b\n---\nbody", ":3: invalid YAML"),  # the file's line, past the opening '---'
    ],
)
def test_a_bad_front_matter_value_names_its_line_of_the_file(tmp_path: Path, content: bytes, where: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert f"{path}{where}" in str(info.value)


def test_utf16_with_its_byte_order_mark_reads_as_utf8_does(tmp_path: Path) -> None:
    text = "Exports rose 5% to $3 billion.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-8"))
    assert read_article(tmp_path / "a.txt").text == read_article(tmp_path / "b.txt").text == text


def test_utf16_of_other_scripts_is_no_swapped_text(tmp_path: Path) -> None:
    text = "石油价格上涨了百分之五。Всё хорошо.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))
    assert read_article(tmp_path / "a.txt").text == text


def test_bad_manifest_names_file(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("articles:\n  a: {publishd: 2020-01-01}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(InputError, match=r"corpus.yaml.*unknown key"):
        load_corpus([tmp_path])


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta property="article:published_time" content="2024-05-16T08:00:00Z">', dt.date(2024, 5, 16)),
    ("<meta name='date' content='2023-11-02'>", dt.date(2023, 11, 2)),
    ('<meta content="2022-02-24" itemprop="datePublished">', dt.date(2022, 2, 24)),
    ('<meta name="date" content="2024-13-45">', None),      # no such day: none
    ('<meta name="description" content="2024-05-16">', None),  # not a date of publication
])
def test_a_web_page_gives_its_own_published_date(tmp_path: Path, head: str, expected: dt.date | None) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"<html><head>{head}</head><body><p>Prices rose 40% last year.</p></body></html>\n", encoding="utf-8")
    assert read_article(path).published == expected


@pytest.mark.parametrize("own_date", ['<meta name="date" content="2024-05-16"><p>Prices rose.</p>',
                                      "Published: 2025-10-20\n\nPrices rose 40% last year."])
def test_front_matter_outranks_the_text_s_own_date(tmp_path: Path, own_date: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"---\npublished: 2024-01-02\n---\n{own_date}\n", encoding="utf-8")
    assert read_article(path).published == dt.date(2024, 1, 2)


@pytest.mark.parametrize(("head", "expected"), [
    ("Published: 2025-10-20", dt.date(2025, 10, 20)),
    ("Updated Oct. 21, 2025 5:32 p.m. ET", dt.date(2025, 10, 21)),
    ("By Jane Doe | Posted 21 October 2025", dt.date(2025, 10, 21)),
    ("First published on Tue 21 Oct 2025 09.12 BST\nLast updated 22 Oct 2025", dt.date(2025, 10, 21)),  # published first
    ("Last updated 22 Oct 2025\nPublished 20 October 2025, 14:05 BST", dt.date(2025, 10, 20)),
    ("Date: 2024-05-16T08:00:00Z", dt.date(2024, 5, 16)),
    ("Anadolu Agency DIPLOMACY\nPublished May 16,2024", dt.date(2024, 5, 16)),  # no space after the comma
    ("Published: 2025-02-30", None),                              # no such day: none
    ("The report was published on 21 October 2025 by the agency.", None),  # a sentence, not a dateline
    ("Updated on March 3 to say 12 people died", None),           # no year: no day of publication
])
def test_a_dateline_gives_the_published_date(tmp_path: Path, head: str, expected: dt.date | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{head}\n\nPrices rose 40% last year.\n", encoding="utf-8")
    assert read_article(path).published == expected

