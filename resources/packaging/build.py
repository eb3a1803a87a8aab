"""Build the one-folder bundle ``dist/hamish/`` with PyInstaller: ``python3 resources/packaging/build.py``."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ModuleNotFoundError:
        sys.stderr.write("build.py: PyInstaller is not installed; run: python3 -m pip install '.[bundle]'\n")
        return 1
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work), str(HERE / "hamish.spec")]
    print("+ " + " ".join(command), flush=True)
    status = subprocess.call(command, cwd=ROOT)
    if status != 0:
        return status
    bundle = args.dist / "hamish"
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB, built in {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
