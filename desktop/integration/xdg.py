"""Linux desktop integration (freedesktop.org): a .desktop entry, a hicolor SVG icon and the MIME types."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

APP_ID = "hamish"
STORE_MIME = "application/x-hamish-store"
# The types "Open with Hamish" offers to import (shared-mime-info's names), after our own store type.
ARTICLE_MIME_TYPES = (
    "text/html", "application/xhtml+xml", "application/x-mimearchive", "multipart/related", "text/plain",
    "text/markdown", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
)
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(environ: dict | None = None) -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (the XDG Base Directory default)."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


def exec_quote(arg: str) -> str:
    """One argument of an Exec key: quoted when needed, with the spec's escapes (and ``%`` doubled)."""
    arg = arg.replace("%", "%%")
    if arg and not any(c in _RESERVED for c in arg):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + inner.replace("\\", "\\\\") + '"'  # the Exec value is a string: its backslashes are escaped again


def desktop_entry(command: list[str]) -> str:
    """The ``hamish.desktop`` file: names in English and Arabic, our MIME types, files passed as %F."""
    exec_line = " ".join(exec_quote(a) for a in command) + " %F"
    mime = ";".join((STORE_MIME, *ARTICLE_MIME_TYPES)) + ";"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Hamish",
        "Name[ar]=هامش",
        "GenericName=News claims annotator",
        "GenericName[ar]=مُعلِّق ادعاءات الأخبار",
        "Comment=Read Arabic news and annotate its claims",
        "Comment[ar]=اقرأ الأخبار العربية وعلّق على ما فيها من ادعاءات",
        "Keywords=news;claims;annotation;Arabic;",
        "Keywords[ar]=أخبار;ادعاءات;تعليق;عربي;",
        f"Exec={exec_line}",
        f"TryExec={exec_quote(command[0])}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;Viewer;",
        f"MimeType={mime}",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
        "",
    ])


def mime_xml() -> str:
    """The shared-mime-info package for ``*.hamish`` stores (SQLite files underneath)."""
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
        f'  <mime-type type="{STORE_MIME}">',
        "    <comment>Hamish store</comment>",
        '    <comment xml:lang="ar">مخزن هامش</comment>',
        '    <sub-class-of type="application/vnd.sqlite3"/>',
        f'    <generic-icon name="{APP_ID}"/>',
        '    <glob pattern="*.hamish" weight="80"/>',
        "  </mime-type>",
        "</mime-info>",
        "",
    ])


def planned_files(home: Path, command: list[str], icon_svg: bytes) -> dict[Path, bytes]:
    """Every file install writes, with its content."""
    return {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(command).encode("utf-8"),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icon_svg,
        home / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{STORE_MIME.replace('/', '-')}.svg": icon_svg,
        home / "mime" / "packages" / f"{APP_ID}.xml": mime_xml().encode("utf-8"),
    }


@dataclass
class Outcome:
    """What install or uninstall did: files written or removed, and the caches the desktop's tools rebuilt."""

    files: list[Path] = field(default_factory=list)
    generated: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()


def _refresh(home: Path, outcome: Outcome) -> tuple[set[Path], set[Path]]:
    """Rebuild the MIME database and the desktop-file cache when their tools are installed.

    Returns the files the tools made and those they removed."""
    before = _files_under(home / "mime") | _files_under(home / "applications")
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")):
        path = shutil.which(tool)
        if path and folder.is_dir():
            done = subprocess.run([path, str(folder)], capture_output=True, text=True)
            if done.returncode == 0:
                outcome.refreshed.append(f"{tool} {folder}")
    after = _files_under(home / "mime") | _files_under(home / "applications")
    return after - before, before - after


def install(home: Path, command: list[str], icon_svg: bytes) -> Outcome:
    outcome = Outcome()
    for path, content in planned_files(home, command, icon_svg).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        outcome.files.append(path)
    outcome.generated = sorted(_refresh(home, outcome)[0])
    return outcome


def _generated_mime_files(home: Path) -> list[Path]:
    """The files update-mime-database made in ``home/mime`` (all but packages/), once no package is left."""
    mime = home / "mime"
    if any((mime / "packages").glob("*.xml")):
        return []
    return sorted(p for p in _files_under(mime) if "packages" not in p.relative_to(mime).parts[:1])


def uninstall(home: Path) -> Outcome:
    """Remove what install wrote; refresh the caches; drop caches and folders left with nothing to describe."""
    outcome = Outcome()
    for path in planned_files(home, ["hamish"], b""):
        if path.is_file():
            path.unlink()
            outcome.files.append(path)
    gone = _refresh(home, outcome)[1]  # e.g. mime/application/x-hamish-store.xml
    outcome.generated += sorted(gone)
    leftovers = _generated_mime_files(home)
    applications = home / "applications"
    if not any(applications.glob("*.desktop")) and (applications / "mimeinfo.cache").is_file():
        leftovers.append(applications / "mimeinfo.cache")
    for path in leftovers:
        path.unlink()
        outcome.generated.append(path)
    outcome.generated.sort()
    folders = {path.parent for path in [*outcome.files, *outcome.generated]}
    if leftovers:  # update-mime-database's type folders (mime/application/ …), empty now
        folders |= {p for p in (home / "mime").rglob("*") if p.is_dir()}
    for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        _prune(folder, home)
    return outcome


def _prune(folder: Path, home: Path) -> None:
    """Remove empty folders from ``folder`` up to (not including) ``home``."""
    while folder != home and home in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
