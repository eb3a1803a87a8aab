"""The store loads sqlite-utils without numpy (a tenth of a second of start-up), and numpy still imports after."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = r"""
import sys
from desktop.core.store.database import Store
assert "numpy" not in sys.modules, "the store imported numpy"
store = Store.open(sys.argv[1])
store.add_article(title="t", text="نص 1.7 مليار يورو")
store.close()
import numpy
print(numpy.__name__, "numpy" in sys.modules)
"""


def test_the_store_does_not_load_numpy_and_numpy_still_imports(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "s.db")], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["numpy", "True"]
