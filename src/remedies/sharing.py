"""Work done once per record within one command: the press brief (which the press kit holds) and the
redaction matcher (which the brief, the kit and both scans use).

Outside `shared()` nothing is kept: each call computes afresh, as a library user expects. Inside it,
results are kept per record object (and key) until the block ends; the record is held with its result,
so its id cannot be reused by another record meanwhile. Only values that are never changed after they
are made are shared.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Callable, Iterator, Optional, TypeVar

T = TypeVar("T")
_MEMO: ContextVar[Optional[dict]] = ContextVar("remedies_shared", default=None)


@contextmanager
def shared() -> Iterator[None]:
    """Keep each record's shared work until the block ends (nested blocks use the outer one)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def once(kind: str, record: Any, key: tuple, make: Callable[[], T]) -> T:
    """`make()` for (kind, record, key), computed once inside `shared()`, every time outside it."""
    memo = _MEMO.get()
    if memo is None:
        return make()
    slot = (kind, id(record), key)
    if slot not in memo:
        memo[slot] = (record, make())
    return memo[slot][1]
