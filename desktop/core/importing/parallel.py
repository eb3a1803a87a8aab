"""Import many files at once: pages are parsed in worker processes, and handed back in the order given.

Parsing a saved page (decoding, the HTML tree, boilerplate and date checks, canonical text) takes several times as
long as storing it, so a batch of files is parsed by a pool of processes, one per core, while the caller stores each
result in its own process and its own transaction. The workers also derive what storing needs from the text alone
(its hash, its folded search-index row: :func:`~desktop.core.store.derived.prepare_article`), so the storing process
only writes. Workers are forked from a ``forkserver`` that has imported the importers once (``spawn`` where there
is no forkserver: Windows, and it behaves the same). PDFs (which may need a password or OCR, with its progress on
standard error) and small batches are parsed in the calling process. Results keep the order of the files, whatever
order they finish in.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from desktop.core.importing import ImportedDocument, ImportFailure, import_file
from desktop.core.store.derived import Prepared, prepare_article

__all__ = ["MIN_BATCH", "worker_count", "import_files", "exit_with_parent"]

MIN_BATCH = 24  # fewer files than this are parsed here: starting the workers would cost more than it saves
CHUNK = 4  # files sent to a worker at once: fewer round trips through the pool's queues (each costs the parent)
_IN_FLIGHT_PER_WORKER = 3  # chunks parsed or being parsed ahead of the store: memory does not grow with the batch
# What a forked worker needs, imported once in the forkserver (so each worker starts without importing them).
_PRELOAD = ["desktop.core.importing.parallel", "desktop.core.importing.html"]

Parsed = tuple[ImportedDocument | ImportFailure, Prepared | None]


def worker_count() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context():
    """forkserver where the system has it (its workers start as forks of one process that imported the importers;
    a plain fork of this process would copy its open store and threads), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def exit_with_parent() -> None:
    """In a pool's worker: end when the process that made the pool ends, even when it was killed (a worker waiting
    for work holds its own queue open, and a forkserver stays while a worker lives, so both would stay behind)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _quiet_worker() -> None:
    """Ctrl+C goes to the whole process group: the parent stops the batch, its workers do not print tracebacks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent()


def _parse(path: str) -> tuple[ImportedDocument, Prepared] | tuple[str, str]:
    """In a worker: the document and what storing it derives from its text, or (path, reason) when it cannot be
    imported (exceptions with arguments of their own do not cross processes reliably)."""
    try:
        doc = import_file(path)
    except ImportFailure as exc:
        return exc.path, exc.reason
    return doc, prepare_article(doc.title, doc.text)


def _parse_chunk(paths: list[str]) -> list:
    return [_parse(path) for path in paths]


def _here(path: str, password: str | None, ocr) -> Parsed:
    try:
        return import_file(path, password=password, ocr=ocr), None
    except ImportFailure as exc:
        return exc, None


def _pooled(path: str) -> bool:
    return not path.lower().endswith(".pdf")


def import_files(paths: Iterable[str], *, password: str | None = None, ocr=None,
                 workers: int | None = None) -> Iterator[tuple[str, ImportedDocument | ImportFailure, Prepared | None]]:
    """(path, document or the ImportFailure that says why not, what storing it derives or None) for each path, in
    order."""
    paths = list(paths)
    workers = worker_count() if workers is None else workers
    pooled = sum(1 for p in paths if _pooled(p))
    if workers < 2 or pooled < MIN_BATCH:
        for path in paths:
            yield path, *_here(path, password, ocr)
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_quiet_worker)
    # Runs of consecutive pages go to the workers a chunk at a time; a PDF is a run of its own, parsed here.
    runs: list[list[str]] = []
    for path in paths:
        if runs and _pooled(path) and _pooled(runs[-1][-1]) and len(runs[-1]) < CHUNK:
            runs[-1].append(path)
        else:
            runs.append([path])
    waiting: deque[tuple[list[str], Future | None]] = deque()
    queue = iter(runs)
    try:
        while True:
            while len(waiting) < workers * _IN_FLIGHT_PER_WORKER:
                run = next(queue, None)
                if run is None:
                    break
                waiting.append((run, pool.submit(_parse_chunk, run) if _pooled(run[0]) else None))
            if not waiting:
                return
            run, future = waiting.popleft()
            if future is None:
                yield run[0], *_here(run[0], password, ocr)
                continue
            for path, (first, second) in zip(run, future.result()):
                if isinstance(first, str):
                    yield path, ImportFailure(first, second), None
                else:
                    yield path, first, second
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
