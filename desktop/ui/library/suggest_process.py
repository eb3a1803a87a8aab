"""The claim suggester run in a process of its own for imports, so a long article never holds the window's interpreter.

A worker thread that ran the suggester itself still stalled the window: the grammar's regular expressions keep
Python's interpreter lock while they scan (a 53,000-character article: more than half a second without a tick of
the window's timers). The import thread now hands the text to one worker process and waits there, which frees the
lock. The process is started on first use from a ``forkserver`` that has compiled the grammar once (``spawn`` where
there is none) and is kept for later imports; if it cannot be used the suggester runs in the calling thread as
before. No Qt here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from desktop.core.claims.lexicon import analyst_lexicon_path
from desktop.core.claims.suggest import Suggestion, suggest
from desktop.core.importing.parallel import exit_with_parent

__all__ = ["suggest_in_process", "shutdown"]

_PRELOAD = ["desktop.core.claims.suggest"]
_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _context():
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _suggest(text: str, lexicon_path: str) -> list[Suggestion]:
    """In the worker: the suggester with the analyst's lexicon file the window would use (its path is passed, since
    the worker's environment is the one it started with)."""
    os.environ["HAMISH_LEXICON"] = lexicon_path
    return suggest(text)


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=_context(), initializer=exit_with_parent)
        return _pool


def suggest_in_process(text: str) -> list[Suggestion]:
    """``suggest(text)`` computed in the worker process (the caller's thread waits without the interpreter lock);
    in this thread when the process cannot start or died."""
    global _pool
    try:
        return _executor().submit(_suggest, text, str(analyst_lexicon_path())).result()
    except (BrokenProcessPool, OSError, RuntimeError):
        with _lock:
            broken, _pool = _pool, None
        if broken is not None:
            broken.shutdown(wait=False, cancel_futures=True)
        return suggest(text)


def shutdown() -> None:
    """Stop the worker process (it is also stopped when the program exits)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
