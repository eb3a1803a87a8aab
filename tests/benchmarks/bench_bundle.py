"""The bundle beside pip's install: size on disk, and start times of the same commands from each.

Run on demand (not collected by pytest), after `python3 resources/packaging/build.py`:
    python tests/benchmarks/bench_bundle.py [--runs 5] [--drop-caches]
--drop-caches (root on Linux) empties the page cache before each first run, so "cold" is truly cold.
"pip" means the `hamish` script of the environment running this file; its size counts hamish and every
distribution it requires (not Python itself, which the bundle carries).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "hamish" / ("hamish.exe" if sys.platform == "win32" else "hamish")
SAMPLE = ROOT / "resources" / "samples" / "sample_ar.txt"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def pip_size(name: str = "hamish") -> tuple[int, int]:
    """(bytes, distributions) of ``name`` and everything it requires, as installed here."""
    seen: set[str] = set()
    todo, total = [name], 0
    while todo:
        dist_name = re.split(r"[ ;<>=!~\[]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if dist_name in seen:
            continue
        seen.add(dist_name)
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            continue
        for f in dist.files or []:
            path = Path(dist.locate_file(f))
            if path.is_file():
                total += path.stat().st_size
        todo += [r for r in (dist.requires or []) if "extra ==" not in r]
    return total, len(seen)


def drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def gui_ready(command: list[str], env: dict, store: Path, timeout: float = 120) -> float:
    """Seconds from launch until the app's first window is built (the sample is in its new store)."""
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--store", str(store)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout:
            if store.exists():
                try:
                    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
                        if db.execute("select count(*) from annotations").fetchone()[0] > 0:
                            return time.perf_counter() - started
                except sqlite3.Error:
                    pass
            time.sleep(0.01)
        raise TimeoutError(" ".join(command))
    finally:
        process.terminate()
        process.wait(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true")
    args = parser.parse_args()
    script = shutil.which("hamish", path=str(Path(sys.executable).parent)) or shutil.which("hamish")
    if not BUNDLE.exists() or script is None:
        sys.stderr.write(f"bench_bundle: need {BUNDLE} (python3 resources/packaging/build.py) and a pip-installed hamish\n")
        return 1
    bundle_bytes = folder_size(BUNDLE.parent)
    pip_bytes, dists = pip_size()
    print(f"size: bundle {bundle_bytes / 2**20:.0f} MiB; pip install {pip_bytes / 2**20:.0f} MiB in {dists} "
          f"distributions (+ Python); ratio {bundle_bytes / pip_bytes:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": f"{tmp}/config", "XDG_DATA_HOME": f"{tmp}/data",
               "QT_QPA_PLATFORM": "offscreen"}
        env.pop("HAMISH_STORE", None)
        for label, command_for in (
            ("--version", lambda exe, i: [exe, "--version"]),
            ("import sample", lambda exe, i: [exe, "--store", f"{tmp}/{Path(exe).parent.name}-{i}.db", "import",
                                              str(SAMPLE)]),
        ):
            figures = {}
            for name, exe in (("bundle", str(BUNDLE)), ("pip", script)):
                if args.drop_caches:
                    drop_caches()
                cold = timed(command_for(exe, "cold"), env)
                warm = [timed(command_for(exe, i), env) for i in range(args.runs)]
                figures[name] = (cold, statistics.median(warm))
            (bc, bw), (pc, pw) = figures["bundle"], figures["pip"]
            print(f"{label:>14}: bundle cold {bc:.2f} s, warm {bw:.2f} s | pip cold {pc:.2f} s, warm {pw:.2f} s | "
                  f"bundle/pip warm {bw / pw:.2f}")
        figures = {}
        for name, exe in (("bundle", str(BUNDLE)), ("pip", script)):
            env["XDG_CONFIG_HOME"] = f"{tmp}/config-{name}"  # a settings folder of its own: its own instance
            if args.drop_caches:
                drop_caches()
            cold = gui_ready([exe], env, Path(tmp) / f"gui-{name}-cold.db")
            warm = statistics.median(gui_ready([exe], env, Path(tmp) / f"gui-{name}-{i}.db")
                                     for i in range(min(args.runs, 3)))
            figures[name] = (cold, warm)
        (bc, bw), (pc, pw) = figures["bundle"], figures["pip"]
        print(f"{'window built':>14}: bundle cold {bc:.2f} s, warm {bw:.2f} s | pip cold {pc:.2f} s, warm {pw:.2f} s | "
              f"bundle/pip warm {bw / pw:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
