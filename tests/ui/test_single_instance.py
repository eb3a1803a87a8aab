"""A second launch hands its files to the running Hamish (two real processes) instead of opening another window."""

from __future__ import annotations

import os
import socket as socket_module
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.ui.launch.single_instance import InstanceServer, hand_off, server_name
from tests.conftest import ROOT

ARTICLE = "مقال للتجربة\n\nقالت الشركة إنها جمعت 12 مليون دولار في جولة تمويل جديدة.\n"


def titles(store: Path) -> list[str]:
    """The store's article titles; none while the app is still creating it."""
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            return [row[0] for row in db.execute("select title from articles order by id")]
    except sqlite3.OperationalError:  # no file or no table yet
        return []


def listening(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    ok = socket.waitForConnected(200)
    socket.disconnectFromServer()
    return ok


def test_second_launch_hands_its_file_to_the_running_window(qtbot, tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HAMISH_STORE", None)
    store = tmp_path / "work.hamish"
    article = tmp_path / "خبر.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    name = server_name(env)
    first = subprocess.Popen([sys.executable, "-m", "desktop", "--store", str(store)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        qtbot.waitUntil(lambda: listening(name) or first.poll() is not None, timeout=60_000)
        assert first.poll() is None, first.stdout.read().decode("utf-8", "replace")
        second = subprocess.run([sys.executable, "-m", "desktop", str(article)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stdout + second.stderr
        deadline = time.monotonic() + 60
        while "مقال للتجربة" not in titles(store) and time.monotonic() < deadline:
            qtbot.wait(200)
        assert titles(store)[-1] == "مقال للتجربة"  # imported by the first process, into its store
        assert first.poll() is None  # still running: the second launch did not replace it
        assert not (tmp_path / "data" / "hamish" / "hamish.db").exists()  # nor open the default store
    finally:
        first.terminate()
        first.wait(30)


def test_hand_off_without_a_running_hamish_says_so(qapp, tmp_path):
    assert hand_off(f"hamish-test-{os.getpid()}-none", {"files": []}, timeout_ms=300) is False


def test_server_receives_a_message_and_takes_over_a_stale_socket(qtbot, tmp_path):
    name = str(tmp_path / "hamish.sock")
    stale = socket_module.socket(socket_module.AF_UNIX)
    stale.bind(name)
    stale.close()  # the socket file of a Hamish that crashed: it is there, and nobody answers
    assert Path(name).exists() and not QLocalServer().listen(name)
    server = InstanceServer(name)
    assert server.listen()
    received = []
    server.received.connect(received.append)
    # hand_off() blocks this thread, where the server runs too: talk to it with a socket of our own
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(2000)
    socket.write(b'{"files": ["/tmp/a.txt"], "store": null}\n')
    socket.flush()
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    assert received == [{"files": ["/tmp/a.txt"], "store": None}]
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0 or socket.waitForReadyRead(10), timeout=5000)
    assert bytes(socket.readAll().data()) == b"ok\n"
    server.close()


def test_names_differ_per_settings_folder():
    assert server_name({"XDG_CONFIG_HOME": "/a"}) != server_name({"XDG_CONFIG_HOME": "/b"})
    assert server_name({"XDG_CONFIG_HOME": "/a"}) == server_name({"XDG_CONFIG_HOME": "/a"})


def test_a_double_clicked_store_opens_in_the_app(qtbot, tmp_path):
    """The desktop runs `hamish %F` with the store's path: the app opens on that store, not the default one."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HAMISH_STORE", None)
    store = tmp_path / "تحقيق.hamish"
    app = subprocess.Popen([sys.executable, "-m", "desktop", str(store)], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while not (store.exists() and titles(store)) and time.monotonic() < deadline and app.poll() is None:
            qtbot.wait(200)
        assert app.poll() is None, app.stdout.read().decode("utf-8", "replace")
        assert len(titles(store)) == 1  # a new store: the sample, shown in the window
        assert not (tmp_path / "data" / "hamish" / "hamish.db").exists()
    finally:
        app.terminate()
        app.wait(30)


def test_first_launch_with_an_article_imports_it_into_the_last_store(qtbot, tmp_path):
    """`hamish ARTICLE` with no Hamish running: the app opens on the store it had last and imports the article."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HAMISH_STORE", None)
    last = tmp_path / "last.hamish"
    settings = tmp_path / "config" / "Hamish" / "hamish.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[stores]\nrecent={last}\n", encoding="utf-8")
    from desktop.core.store.database import Store

    Store.open(last).close()
    article = tmp_path / "خبر.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = subprocess.Popen([sys.executable, "-m", "desktop", str(article)], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while "مقال للتجربة" not in titles(last) and time.monotonic() < deadline and app.poll() is None:
            qtbot.wait(200)
        assert app.poll() is None, app.stdout.read().decode("utf-8", "replace")
        assert len(titles(last)) == 2 and titles(last)[-1] == "مقال للتجربة"  # after the sample an empty store gets
        assert not (tmp_path / "data" / "hamish" / "hamish.db").exists()
    finally:
        app.terminate()
        app.wait(30)
