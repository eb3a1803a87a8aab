"""Shared fixtures: a real store file in tmp_path, the seed article, and an offscreen Qt platform."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any Qt import, so GUI tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("HAMISH_AUTHOR", "tester")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_305ef7fb3dcfe7c4.txt"
SEED_TITLE = "تعاونت Mistral AI مع ASML لجمع 1.7 مليار يورو"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(store_path: Path):
    from desktop.core.store.database import Store

    s = Store.open(store_path, author="tester")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _isolated_store_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test may touch the user's real store or settings."""
    monkeypatch.setenv("HAMISH_STORE", str(tmp_path / "default-store.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def shared_file(path: Path, what: str) -> Path:
    """A file from ../shared: skipped with a one-line reason when it is absent, required under CI=true."""
    if path.exists():
        return path
    reason = f"needs ../shared beside the checkout: {what} ({path.relative_to(SHARED.parent)}) is missing"
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(reason + " (required under CI)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def seed_path() -> Path:
    return shared_file(SEED, "the seed article")
