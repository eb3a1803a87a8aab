"""A tiny real keyring backend for the tests: keeps passwords in a JSON file named by $HAMISH_TEST_KEYRING (or the
`path` given), so a password kept by one process is found by the next. Select it with keyring.set_keyring(...) or
PYTHON_KEYRING_BACKEND=tests.hub.keyring_backend.JsonFileKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class JsonFileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if "HAMISH_TEST_KEYRING" not in os.environ:  # never picked by keyring's own detection outside the tests
            raise RuntimeError("HAMISH_TEST_KEYRING is not set")
        return 1

    def __init__(self, path: str | os.PathLike | None = None):
        super().__init__()
        self.path = Path(path or os.environ.get("HAMISH_TEST_KEYRING") or os.devnull)

    def _all(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        kept = self._all()
        kept[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(kept))

    def delete_password(self, service: str, username: str) -> None:
        kept = self._all()
        if kept.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self.path.write_text(json.dumps(kept))
