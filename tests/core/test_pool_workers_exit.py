"""A batch import's worker processes (and their forkserver) end when the command that started them is killed, even
with SIGKILL: a worker waiting for work would otherwise stay behind for good."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = """
import os, sys
from pathlib import Path
from desktop.core.importing.parallel import import_files

def descendants(pid):
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                kids.append(int(entry.name))
    return kids + [k for kid in kids for k in descendants(kid)]

if __name__ == "__main__":
    batch = import_files(sys.argv[1:], workers=2)
    next(batch)  # the workers have parsed a page
    print(" ".join(map(str, descendants(os.getpid()))), flush=True)
    sys.stdin.read()  # until killed
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the workers (Linux)")
def test_workers_end_when_the_command_is_killed(tmp_path: Path) -> None:
    pages = []
    for n in range(30):
        page = tmp_path / f"page-{n:02d}.html"
        page.write_text(f"<html><head><title>خبر {n}</title></head><body><article><h1>خبر {n}</h1>"
                        f"<p>قالت الوزارة إن العجز بلغ {n + 2} مليار دينار في العام الماضي بحسب التقرير.</p>"
                        "</article></body></html>", encoding="utf-8")
        pages.append(str(page))
    script = tmp_path / "batch.py"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), *pages], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    helpers = [int(pid) for pid in proc.stdout.readline().split()]
    assert len(helpers) >= 3, helpers  # the forkserver and two workers at least
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60  # a bound on waiting, not a measured time
    while any(_alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in helpers if _alive(pid)] == []
