"""sqlite-utils as the store uses it: imported without its optional numpy and pandas column types, which it would
load whenever they are installed (numpy comes with pyqtgraph, for the Compare chart) — a tenth of a second of every
start-up for values the store never holds."""

from __future__ import annotations

import sys

_HIDDEN = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _HIDDEN:
    sys.modules[_name] = None  # type: ignore[assignment]  # `import numpy` in sqlite_utils raises ImportError
try:
    from sqlite_utils import Database, Migrations
finally:
    for _name in _HIDDEN:
        if sys.modules.get(_name, 0) is None:
            del sys.modules[_name]  # whoever needs numpy later imports the real one

__all__ = ["Database", "Migrations"]
