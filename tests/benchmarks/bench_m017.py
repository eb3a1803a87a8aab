"""How long migration m017_claim_listing (the folded claim text and the listing indexes) takes on a large store.

Run on demand: python tests/benchmarks/bench_m017.py STORE.db [--runs 3]
Each run copies the store, turns the copy back into the store m016 left (no folded column, listing indexes or
trigger, m017 not recorded), then times ``Store.open`` migrating it, without its pre-migration backup and with it,
beside the same-run open of the already migrated copy (the baseline). The store given is never written.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def unmigrate(path: Path) -> None:
    conn = sqlite3.connect(path)
    for name in ("idx_claims_order", "idx_claims_value", "idx_claims_status", "idx_claims_folded"):
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("DROP TRIGGER IF EXISTS annotations_folded_stale")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(annotations)")]
    if "folded" in columns:
        conn.execute("ALTER TABLE annotations DROP COLUMN folded")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm017_claim_listing'")
    conn.execute("PRAGMA user_version = 16")
    conn.commit()
    conn.close()


def timed_open(path: Path, *, backup: bool) -> float:
    from desktop.core.store import backups
    from desktop.core.store.database import Store

    real = backups.backup
    if not backup:
        backups.backup = lambda *_a, **_k: None
    try:
        start = time.perf_counter()
        Store.open(path, daily_backup=False).close()
        return time.perf_counter() - start
    finally:
        backups.backup = real


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hamish-m017-"))
    bare, plain, with_backup = [], [], []
    try:
        for n in range(args.runs):
            for key, results in (("plain", plain), ("backup", with_backup)):
                copy = work / f"{key}-{n}.db"
                shutil.copy(args.store, copy)
                unmigrate(copy)
                results.append(timed_open(copy, backup=key == "backup"))
                bare.append(timed_open(copy, backup=False))  # migrated now: the open alone
                for f in work.glob(f"{key}-{n}.db*"):
                    f.unlink()
                shutil.rmtree(work / "backups", ignore_errors=True)
        claims = sqlite3.connect(args.store).execute("SELECT count(*) FROM annotations").fetchone()[0]
        print(f"{claims:,} claims: migrate m017 {statistics.median(plain):.2f} s (worst {max(plain):.2f}), "
              f"with the backup before it {statistics.median(with_backup):.2f} s; "
              f"open of the migrated store {statistics.median(bare):.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
