"""Where things live: the default store in the user's data folder, and the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "hamish"


def default_store_path() -> Path:
    """``HAMISH_STORE`` if set, else ``hamish.db`` in the platform's per-user data folder."""
    env = os.environ.get("HAMISH_STORE")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no store is named: not on every start-up

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "hamish.db"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
