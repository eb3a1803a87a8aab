"""Registering Hamish with the desktop (menu entry, icon, file types) on Linux, Windows and macOS; no Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

STORE_SUFFIXES = (".hamish", ".db")  # a store is a SQLite file; ``.hamish`` is the extension we register
STORE_EXTENSION = ".hamish"
ARTICLE_EXTENSIONS = (".html", ".htm", ".xhtml", ".mhtml", ".mht", ".txt", ".md", ".markdown", ".docx", ".pdf")


def launch_command(frozen: bool | None = None, executable: str | None = None) -> list[str]:
    """The command that starts this Hamish: the bundle's executable, the ``hamish`` script pip made, or python -m."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    if frozen:
        return [str(Path(executable).resolve())]
    folder = Path(executable).parent
    for name in ("hamish", "hamish.exe"):
        script = folder / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script.absolute())]
    return [str(Path(executable).absolute()), "-m", "desktop"]


def is_store_file(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in STORE_SUFFIXES
