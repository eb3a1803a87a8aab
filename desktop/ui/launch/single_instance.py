"""One Hamish per desktop session: a second launch hands its files to the running window over a local socket."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

HANDOFF_TIMEOUT_MS = 3000


def server_name(environ: dict | None = None) -> str:
    """The socket's name: one per user and settings folder (so a test's isolated HOME gets its own)."""
    environ = os.environ if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".config")
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some containers): the folder alone still separates users
        user = "user"
    digest = hashlib.sha1(f"{user}\0{config}".encode("utf-8")).hexdigest()[:12]
    return f"hamish-{digest}"


def hand_off(name: str, message: dict, timeout_ms: int = HANDOFF_TIMEOUT_MS) -> bool:
    """Send ``message`` to a running Hamish and wait for its answer; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches; ``received`` carries each one's message ({"files": [...], "store": ...})."""

    received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left by a Hamish that crashed is removed first (nobody answers on it)."""
        if self.server.listen(self.name):
            return True
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):  # someone is there after all: let the caller hand off instead
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket=socket, buffer=buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if not buffer.endswith(b"\n"):
                    return
                try:
                    message = json.loads(bytes(buffer).decode("utf-8"))
                except ValueError:
                    message = None
                socket.write(b"ok\n" if isinstance(message, dict) else b"bad\n")
                socket.flush()
                socket.disconnectFromServer()
                if isinstance(message, dict):
                    self.received.emit(message)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()

    def close(self) -> None:
        self.server.close()
