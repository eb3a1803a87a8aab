"""The global command line: --version, --help (Arabic under an Arabic locale), and files given to open in the app."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop import __version__
from desktop.cli import build_parser, split_launch
from desktop.commands.help_ar import ARABIC, cli_language, missing_summaries
from tests.conftest import ROOT


def hamish(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env={**environ, **env}, timeout=120)


def commands() -> list[str]:
    parser = build_parser("en")
    (subs,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return sorted(subs.choices)


def test_version_prints_the_package_version():
    done = hamish("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"hamish {__version__}"


def test_help_lists_every_subcommand_in_english():
    done = hamish("--help", LANG="C.UTF-8")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: hamish")
    assert "commands:" in done.stdout
    for name in commands():
        assert f"    {name}" in done.stdout, name
    assert "install-desktop" in commands()


def test_help_is_in_arabic_under_an_arabic_locale():
    done = hamish("--help", LANG="ar_EG.UTF-8")
    assert done.returncode == 0
    assert done.stdout.startswith("الاستخدام: hamish")
    assert "الأوامر:" in done.stdout and "الخيارات:" in done.stdout
    assert ARABIC["list the articles in the store"] in done.stdout
    for name in commands():
        assert f"    {name}" in done.stdout, name  # the commands themselves keep their names


def test_every_subcommand_summary_has_an_arabic_text():
    assert missing_summaries(build_parser("en")) == []


def test_subcommand_help_is_arabic_too():
    done = hamish("install-desktop", "--help", LANG="ar_SA.UTF-8")
    assert done.returncode == 0
    assert ARABIC["remove what install-desktop added"] in done.stdout


@pytest.mark.parametrize("environ, language", [
    ({"LANG": "ar_EG.UTF-8"}, "ar"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "ar_MA.UTF-8", "LANG": "en_US.UTF-8"}, "ar"),
    ({"LANGUAGE": "en:ar", "LANG": "ar_EG.UTF-8"}, "en"),
    ({"LANGUAGE": "ar:en"}, "ar"),
    ({}, "en"),
])
def test_cli_language_follows_the_locale_variables(environ, language):
    assert cli_language(environ) == language


def test_files_on_the_command_line_go_to_the_app(tmp_path):
    article = tmp_path / "مقال.html"
    article.write_text("<p>نص</p>", encoding="utf-8")
    names = commands()
    assert split_launch([str(article)], names) == ([], [str(article)])
    assert split_launch(["--store", "s.db", str(article), "x.hamish"], names) == (
        ["--store", "s.db"], [str(article), "x.hamish"])
    assert split_launch(["--store=s.db", str(article)], names) == (["--store=s.db"], [str(article)])
    assert split_launch(["import", str(article)], names) == (["import", str(article)], [])
    assert split_launch(["--store", "s.db"], names) == (["--store", "s.db"], [])
    assert split_launch(["no-such-command"], names) == (["no-such-command"], [])  # argparse reports it


def test_an_unknown_command_is_still_a_one_line_error():
    done = hamish("no-such-command")
    assert done.returncode == 2
    assert "invalid choice: 'no-such-command'" in done.stderr
