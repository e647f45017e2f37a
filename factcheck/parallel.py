"""Run one function over many items on a process pool, in order and with bounded memory.

`ordered_map` yields results in the order of the items, whatever the number of processes, so
`--jobs N` output is identical row for row to `--jobs 1`. Items are sent in chunks (one task per
chunk keeps the pool's overhead small) and at most `2 * jobs` chunks are in flight, so a corpus of
any size streams through without being held in memory.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int = 1, chunk_size: int = 16) -> Iterator[R]:
    """`map(fn, items)` on `jobs` processes; `fn` must be a module-level function."""
    if jobs <= 1:
        yield from map(fn, items)
        return
    chunks = _chunks(items, chunk_size)
    first = list(islice(chunks, 2))
    if len(first) < 2:  # one chunk of work: a pool would only add start-up time
        for chunk in first:
            yield from map(fn, chunk)
        return
    from concurrent.futures import ProcessPoolExecutor  # not at import: the CLI's start-up would pay for it

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[R]]] = deque(pool.submit(_run_chunk, fn, c) for c in first)
        for chunk in islice(chunks, 2 * jobs - 2):
            pending.append(pool.submit(_run_chunk, fn, chunk))
        while pending:
            done = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_run_chunk, fn, following))
            yield from done
