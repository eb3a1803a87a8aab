"""Reading JSON Lines: one JSON value per non-blank line, each fault named by file and line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator


def json_lines(lines: Iterable[str], name: str, error: type[Exception]) -> Iterator[tuple[str, int, object]]:
    """Yield ``(where, number, value)`` for each non-blank line, where is ``"name:number"``; a line that is
    not JSON raises ``error("name:number: not JSON (reason)")``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{where}: not JSON ({exc.msg})") from None
        yield where, number, value
