"""Docs as tests: README opens with the two commands, and documents every sub-command."""

from __future__ import annotations

import re

from desktop.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands() -> list[str]:
    parser = build_parser()
    (action,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return sorted(action.choices)


def test_every_subcommand_has_a_readme_section():
    missing = [name for name in subcommands() if not re.search(rf"^### `hamish {re.escape(name)}\b", README, re.M)]
    assert missing == []


def test_readme_sections_name_only_real_subcommands():
    documented = set(re.findall(r"^### `hamish ([a-z-]+)", README, re.M))
    assert documented == set(subcommands())


def test_readme_opens_with_exactly_two_commands():
    head = README.split("\n## ", 1)[0]
    commands = [line.strip() for line in head.splitlines() if line.startswith("    ")]
    assert commands == [
        "python3 -m pip install . && hamish",
        "python3 -m pip install -e '.[test]' && python3 -m pytest",
    ]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "README.md" in ci and "eval \"$test_command\"" in ci
