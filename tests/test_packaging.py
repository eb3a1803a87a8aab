"""What `pip install .` ships: every package of the tree, and the resources the app reads at run time."""

from __future__ import annotations

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_in_the_tree_is_listed_for_installation():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "desktop").rglob("__init__.py")
    }
    assert found | {"desktop.resources"} == listed


def test_resources_are_shipped_as_package_data():
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert setuptools["package-dir"]["desktop.resources"] == "resources"
    assert setuptools["package-data"]["desktop.resources"] == ["**/*"]
    for needed in ("samples/sample_ar.txt", "translations/hamish_ar.qm", "screenshots/reader.png"):
        assert (ROOT / "resources" / needed).is_file(), needed


def test_broken_pyside_release_is_excluded():
    deps = PYPROJECT["project"]["dependencies"]
    (pyside,) = [d for d in deps if d.startswith("PySide6-Essentials")]
    assert "!=6.12.0" in pyside
