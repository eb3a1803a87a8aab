"""The real ``hamish`` process on a real X display (Xvfb), driven by keyboard events from xdotool.

The seed is imported from the command line; the app opens it; a claim is found with Ctrl+F, selected with
Shift+arrows and marked with a key, undone and redone; Ctrl+Q quits. Then the command line shows exactly
that claim, and ``hamish check`` passes. Needs Debian's ``xvfb`` and ``xdotool`` (``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, shared_file

CLAIM = "1.7 مليار يورو"  # the first amount of the seed
SCREENSHOT = ROOT / "resources" / "screenshots" / "real_display.png"


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found:
        return found
    reason = f"needs {tool} (Debian package {'xvfb' if tool == 'Xvfb' else tool}) for the real-display test"
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(reason + " (required under CI)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def display(tmp_path):
    """A fresh Xvfb server on a free display number; stopped after the test."""
    xvfb = _require("Xvfb")
    _require("xdotool")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _env(tmp_path: Path, display: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HAMISH_STORE=str(tmp_path / "store.db"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               HAMISH_AUTHOR="e2e", LANG="C.UTF-8")
    return env


def _hamish(env: dict, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def _xdotool(env: dict, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _screenshot(env: dict, path: Path) -> None:
    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])\n"
            "assert QGuiApplication.primaryScreen().grabWindow(0).copy(0, 0, 1024, 700).save(sys.argv[1])\n")
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=60)


def test_keyboard_session_on_a_real_display(tmp_path, display):
    seed = shared_file(SEED, "the seed article")
    env = _env(tmp_path, display)
    imported = _hamish(env, "import", "--json", str(seed))
    assert imported.returncode == 0, imported.stderr
    text = seed.read_text(encoding="utf-8")
    start = text.index(CLAIM)

    app = subprocess.Popen([sys.executable, "-m", "desktop"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    try:
        window = _xdotool(env, "search", "--sync", "--onlyvisible", "--name", "Hamish").splitlines()[0]
        _xdotool(env, "windowsize", "--sync", window, "1024", "700")
        _xdotool(env, "windowfocus", "--sync", window)
        time.sleep(1.0)  # the article is laid out
        _xdotool(env, "key", "--delay", "120", "ctrl+f")
        _xdotool(env, "type", "--delay", "80", "1.7 مليار")
        _xdotool(env, "key", "--delay", "200", "Escape")  # the caret stays at the first match
        _xdotool(env, "key", "--delay", "60", *["shift+Left"] * len(CLAIM))  # logical forward in RTL text
        _xdotool(env, "key", "--delay", "300", "1")  # Mark as Amount
        time.sleep(0.5)
        _xdotool(env, "key", "--delay", "300", "ctrl+z")
        after_undo = json.loads(_hamish(env, "annotations", "--json").stdout or "null")
        _xdotool(env, "key", "--delay", "300", "ctrl+shift+z")
        time.sleep(0.5)
        shot = tmp_path / "real_display.png"
        _screenshot(env, shot)
        _xdotool(env, "key", "ctrl+q")
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert after_undo is None  # Ctrl+Z took the claim out of the store
    listed = [json.loads(line) for line in _hamish(env, "annotations", "--json").stdout.splitlines()]
    assert [(c["start"], c["end"], c["quote"], c["category"]) for c in listed] == [
        (start, start + len(CLAIM), CLAIM, "amount")]
    assert (listed[0]["value"], listed[0]["unit"], listed[0]["author"]) == (1.7e9, "EUR", "e2e")
    checked = _hamish(env, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert shot.stat().st_size > 10_000
    if os.environ.get("HAMISH_KEEP_SCREENSHOTS"):
        shutil.copyfile(shot, SCREENSHOT)
