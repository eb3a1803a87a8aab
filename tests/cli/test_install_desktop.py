"""``hamish install-desktop`` into a temporary XDG home: what it writes validates, and --uninstall takes it all back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.integration import ARTICLE_EXTENSIONS, launch_command, windows, xdg
from tests.conftest import ROOT

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def need(tool: str) -> str:
    """The tool's path; skipped here when it is missing, but a failure under CI (.ci/run installs it)."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing (Debian: desktop-file-utils / shared-mime-info)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def install_desktop(home: Path, *args: str) -> dict:
    env = {**os.environ, "XDG_DATA_HOME": str(home / "share"), "HOME": str(home)}
    done = subprocess.run([sys.executable, "-m", "desktop", "install-desktop", "--json", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def files_under(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*") if p.is_file()}


def test_install_writes_exactly_what_it_lists_and_uninstall_removes_it(tmp_path):
    share = tmp_path / "share"
    installed = install_desktop(tmp_path)
    assert installed["action"] == "install"
    assert set(installed["files"]) == {
        str(share / "applications" / "hamish.desktop"),
        str(share / "icons" / "hicolor" / "scalable" / "apps" / "hamish.svg"),
        str(share / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-hamish-store.svg"),
        str(share / "mime" / "packages" / "hamish.xml"),
    }
    assert files_under(tmp_path) == set(installed["files"]) | set(installed["generated"])
    removed = install_desktop(tmp_path, "--uninstall")
    assert set(removed["files"]) == set(installed["files"])
    assert set(removed["generated"]) >= set(installed["generated"])  # caches too, once nothing is left to describe
    assert list(share.rglob("*")) == []  # nothing left in the data home, not even an empty folder


def test_uninstall_leaves_other_applications_alone(tmp_path):
    other = tmp_path / "share" / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n", encoding="utf-8")
    install_desktop(tmp_path)
    install_desktop(tmp_path, "--uninstall")
    assert other.read_text(encoding="utf-8").startswith("[Desktop Entry]")
    assert not (tmp_path / "share" / "applications" / "hamish.desktop").exists()


def test_the_desktop_entry_validates(tmp_path):
    validate = need("desktop-file-validate")
    install_desktop(tmp_path)
    entry = tmp_path / "share" / "applications" / "hamish.desktop"
    done = subprocess.run([validate, str(entry)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr
    text = entry.read_text(encoding="utf-8")
    assert "Name=Hamish\n" in text and "Name[ar]=هامش\n" in text
    assert "Icon=hamish\n" in text and " %F\n" in text
    assert f"MimeType={xdg.STORE_MIME};" in text


def test_an_entry_for_a_path_with_spaces_and_quotes_validates(tmp_path):
    validate = need("desktop-file-validate")
    entry = tmp_path / "hamish.desktop"
    entry.write_text(xdg.desktop_entry(['/opt/My Apps/ham"ish $1/hamish', "-m", "100%"]), encoding="utf-8")
    done = subprocess.run([validate, str(entry)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout
    assert xdg.exec_quote('/opt/My Apps/ham"ish $1') == '"/opt/My Apps/ham\\\\"ish \\\\$1"'
    assert xdg.exec_quote("100%") == "100%%"
    assert xdg.exec_quote("/usr/bin/hamish") == "/usr/bin/hamish"


def test_the_mime_xml_parses_and_registers_the_store_extension(tmp_path):
    root = ET.fromstring(xdg.mime_xml().encode("utf-8"))
    assert root.tag == f"{MIME_NS}mime-info"
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == xdg.STORE_MIME
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.hamish"]
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text for c in mime_type.findall(f"{MIME_NS}comment")}
    assert comments == {None: "Hamish store", "ar": "مخزن هامش"}


def test_the_mime_database_knows_hamish_stores_after_install(tmp_path):
    need("update-mime-database")
    install_desktop(tmp_path)
    globs = (tmp_path / "share" / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{xdg.STORE_MIME}:*.hamish" in globs


def test_launch_command_prefers_the_bundle_then_the_script(tmp_path):
    exe = tmp_path / "bundle" / "hamish"
    exe.parent.mkdir()
    exe.write_text("")
    assert launch_command(frozen=True, executable=str(exe)) == [str(exe.resolve())]
    script = tmp_path / "venv" / "bin" / "hamish"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert launch_command(frozen=False, executable=str(script.parent / "python")) == [str(script)]
    python = tmp_path / "bare" / "python3"
    python.parent.mkdir()
    assert launch_command(frozen=False, executable=str(python)) == [str(python), "-m", "desktop"]


def test_windows_associations_cover_the_store_and_every_article_type():
    values = windows.registry_values(r"C:\Program Files\Hamish\hamish.exe")
    keys = {(key, name): data for key, name, data in values}
    assert keys[(r"Software\Classes\.hamish", "")] == windows.STORE_PROGID
    assert keys[(r"Software\Classes\Hamish.Store\shell\open\command", "")] == \
        '"C:\\Program Files\\Hamish\\hamish.exe" "%1"'
    for extension in ARTICLE_EXTENSIONS:
        assert (rf"Software\Classes\{extension}\OpenWithProgids", windows.ARTICLE_PROGID) in keys
    assert all(key.startswith(r"Software\Classes") for key, _name, _data in values)
    assert set(windows.owned_keys()).isdisjoint({rf"Software\Classes\{e}" for e in ARTICLE_EXTENSIONS})


def test_windows_uses_the_windowed_twin_when_the_bundle_has_one(tmp_path):
    console = tmp_path / "hamish.exe"
    console.write_text("")
    assert windows.gui_executable(str(console)) == str(console)
    (tmp_path / "hamishw.exe").write_text("")
    windowed = windows.gui_executable(str(console))
    assert windowed == str(tmp_path / "hamishw.exe")
    keys = {key for key, _name, _data in windows.registry_values(windowed)}
    assert r"Software\Classes\Applications\hamishw.exe\SupportedTypes" in keys
    assert r"Software\Classes\Applications\hamishw.exe" in windows.owned_keys()


def test_open_with_hamish_offers_exactly_what_the_importers_read():
    from desktop.core.importing import SUPPORTED_SUFFIXES

    assert set(ARTICLE_EXTENSIONS) == set(SUPPORTED_SUFFIXES)  # a new importer: add its type to the desktop too
    assert "application/pdf" in xdg.ARTICLE_MIME_TYPES and "application/x-mimearchive" in xdg.ARTICLE_MIME_TYPES
