"""Process-pool map: order, chunking and errors that keep their file across processes."""

from __future__ import annotations

import pickle

import pytest

from factcheck.errors import FactcheckError, InputError
from factcheck.parallel import ordered_map


def square(x: int) -> int:
    return x * x


def fail_on_seven(x: int) -> int:
    if x == 7:
        raise InputError("seven is unreadable", f"article-{x}.txt", 3)
    return x


@pytest.mark.parametrize("jobs", [1, 2, 3])
@pytest.mark.parametrize("chunk_size", [1, 4, 100])
def test_results_come_in_item_order_for_any_jobs_and_chunks(jobs: int, chunk_size: int) -> None:
    assert list(ordered_map(square, range(50), jobs, chunk_size)) == [x * x for x in range(50)]


def test_empty_input_gives_nothing() -> None:
    assert list(ordered_map(square, [], 2)) == []


def test_an_error_in_a_worker_keeps_its_file_and_line() -> None:
    with pytest.raises(InputError) as info:
        list(ordered_map(fail_on_seven, range(40), jobs=2, chunk_size=2))
    assert str(info.value) == "article-7.txt:3: seven is unreadable"


def test_errors_pickle_with_path_and_line() -> None:
    error = pickle.loads(pickle.dumps(InputError("bad", "a.txt", 9)))
    assert isinstance(error, FactcheckError) and (error.path, error.line, error.message) == ("a.txt", 9, "bad")


def test_progress_bar_passes_items_through_when_drawn_or_not(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.progress import track

    assert list(track(range(5), 5, "extracting", enabled=False)) == list(range(5))
    assert capsys.readouterr().err == ""
    assert list(track(range(5), 5, "extracting", enabled=True)) == list(range(5))
    assert "5/5" in capsys.readouterr().err
