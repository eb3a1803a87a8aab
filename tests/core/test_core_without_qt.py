"""The core never imports Qt: it imports and works in a process where PySide6 cannot be imported."""

import subprocess
import sys

from tests.conftest import ROOT

PROGRAM = r"""
import sys, importlib, pkgutil

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"Qt is not allowed in the core: {name}")
        return None

sys.meta_path.insert(0, NoQt())
import desktop.core
names = [m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core.")]
for name in names:
    importlib.import_module(name)
from desktop.core.store.database import Store
store = Store.open(sys.argv[1])
a, _ = store.add_article(title="t", text="حصة بنسبة 11% في الشركة")
store.add_annotation(a.id, 10, 13, "stake")
print(len(names), len(store.annotations()))
"""


def test_every_core_module_imports_and_runs_without_qt(tmp_path):
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(tmp_path / "s.db")], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    modules, claims = map(int, done.stdout.split())
    assert modules >= 5 and claims == 1
