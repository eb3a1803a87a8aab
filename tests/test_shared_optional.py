"""Tests that need ../shared skip with a one-line reason on a bare clone, and fail under CI=true."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PROBE = '''
from pathlib import Path
from tests.conftest import SHARED, shared_file

def test_needs_a_missing_shared_file():
    shared_file(SHARED / "no-such-folder" / "missing.txt", "a file no checkout has")
'''


def _run(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    probe = tmp_path / "test_probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), "-c", os.devnull, str(probe)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_missing_shared_file_is_skipped_with_its_reason(tmp_path):
    done = _run(tmp_path, None)
    assert done.returncode == 0, done.stdout
    assert "1 skipped" in done.stdout
    assert "needs ../shared beside the checkout: a file no checkout has" in done.stdout


def test_missing_shared_file_fails_under_ci(tmp_path):
    done = _run(tmp_path, "true")
    assert done.returncode == 1, done.stdout
    assert "required under CI" in done.stdout
