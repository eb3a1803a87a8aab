"""Import many files at once: pages are parsed in worker processes, and handed back in the order given.

Parsing a saved page (decoding, the HTML tree, boilerplate and date checks, canonical text) takes about ten
times as long as storing it, so a batch of files is parsed by a pool of processes, one per core (started with
``spawn``, so it behaves the same on every system), while the caller stores each result in its own process and
its own transaction. PDFs (which may need a password or OCR, with its progress on standard error) and small
batches are parsed in the calling process. Results keep the order of the files, whatever order they finish in.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from desktop.core.importing import ImportedDocument, ImportFailure, import_file

__all__ = ["MIN_BATCH", "worker_count", "import_files"]

MIN_BATCH = 24  # fewer files than this are parsed here: starting the workers would cost more than it saves
_IN_FLIGHT_PER_WORKER = 8  # parsed documents waiting to be stored stay few, so memory does not grow with the batch


def worker_count() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _quiet_worker() -> None:
    """Ctrl+C goes to the whole process group: the parent stops the batch, its workers do not print tracebacks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse(path: str) -> ImportedDocument | tuple[str, str]:
    """In a worker: the document, or (path, reason) when it cannot be imported (exceptions with arguments of
    their own do not cross processes reliably)."""
    try:
        return import_file(path)
    except ImportFailure as exc:
        return exc.path, exc.reason


def _here(path: str, password: str | None, ocr) -> ImportedDocument | ImportFailure:
    try:
        return import_file(path, password=password, ocr=ocr)
    except ImportFailure as exc:
        return exc


def _pooled(path: str) -> bool:
    return not path.lower().endswith(".pdf")


def import_files(paths: Iterable[str], *, password: str | None = None, ocr=None,
                 workers: int | None = None) -> Iterator[tuple[str, ImportedDocument | ImportFailure]]:
    """(path, document or the ImportFailure that says why not) for each path, in order."""
    paths = list(paths)
    workers = worker_count() if workers is None else workers
    pooled = sum(1 for p in paths if _pooled(p))
    if workers < 2 or pooled < MIN_BATCH:
        for path in paths:
            yield path, _here(path, password, ocr)
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_quiet_worker)
    waiting: deque[tuple[str, Future | None]] = deque()
    queue = iter(paths)
    try:
        while True:
            while len(waiting) < workers * _IN_FLIGHT_PER_WORKER:
                path = next(queue, None)
                if path is None:
                    break
                waiting.append((path, pool.submit(_parse, path) if _pooled(path) else None))
            if not waiting:
                return
            path, future = waiting.popleft()
            if future is None:
                yield path, _here(path, password, ocr)
                continue
            result = future.result()
            yield path, ImportFailure(*result) if isinstance(result, tuple) else result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
