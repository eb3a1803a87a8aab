"""Exchange rates from data files (shipped in resources/rates, and the analyst's own CSV in the store), never the network.

A rates file is CSV with the columns ``day,currency,per_usd``: how many units of ``currency`` one US dollar bought
on ``day`` (YYYY-MM-DD); lines starting with ``#`` are comments. A sum is converted at the rate of the latest row
on or before the article's date (the earliest row when the date is older than every row, the latest when there is
no date), through the dollar: ``value / per_usd[from] * per_usd[to]``.
"""

from __future__ import annotations

import bisect
import csv
import datetime as _dt
import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from desktop.core.store.errors import StoreError

__all__ = ["RateTable", "Rate", "parse_rates", "shipped_rates", "load_rates", "import_rates", "DEFAULT_DISPLAY"]

DEFAULT_DISPLAY = "USD"
_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Rate:
    day: str
    currency: str
    per_usd: float


class RateTable:
    """Rates by currency and day; later sources given to :meth:`add` override earlier ones for the same day."""

    def __init__(self, rates=()):
        self._by: dict[str, dict[str, float]] = defaultdict(dict)
        self._days: dict[str, list[str]] = {}
        self.add(rates)

    def add(self, rates) -> None:
        for r in rates:
            self._by[r.currency][r.day] = r.per_usd
        self._days = {c: sorted(days) for c, days in self._by.items()}

    def currencies(self) -> list[str]:
        return sorted(self._by)

    def rate(self, currency: str, day: str | None = None) -> tuple[float, str] | None:
        """(units of ``currency`` per dollar, the day of that rate) for ``day``, or None for an unknown currency."""
        days = self._days.get(currency)
        if not days:
            return None
        if not day:
            chosen = days[-1]
        else:
            i = bisect.bisect_right(days, day[:10])
            chosen = days[i - 1] if i else days[0]
        return self._by[currency][chosen], chosen

    def convert(self, value: float, currency: str, to: str, day: str | None = None) -> float | None:
        """``value`` in ``currency`` as ``to`` at the rates of ``day``; None when either currency has no rate."""
        if currency == to:
            return value
        src, dst = self.rate(currency, day), self.rate(to, day)
        if src is None or dst is None:
            return None
        return value / src[0] * dst[0]

    def __len__(self) -> int:
        return sum(len(d) for d in self._by.values())


def parse_rates(text: str, name: str) -> list[Rate]:
    """The rows of a rates CSV; raises StoreError naming the file and line of the first bad one."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise StoreError(f"{name}: no rates in the file (expected the columns day,currency,per_usd)")
    header = [h.strip().lower() for h in next(csv.reader([lines[0][1]]))]
    if header[:3] != ["day", "currency", "per_usd"]:
        raise StoreError(f"{name}: line {lines[0][0]}: the first row must be the header day,currency,per_usd")
    rates = []
    for n, line in lines[1:]:
        cells = [c.strip() for c in next(csv.reader(io.StringIO(line)))]
        if len(cells) < 3:
            raise StoreError(f"{name}: line {n}: expected day,currency,per_usd")
        day, code, amount = cells[:3]
        try:
            _dt.date.fromisoformat(day)
        except ValueError:
            raise StoreError(f"{name}: line {n}: {day!r} is not a date (YYYY-MM-DD)") from None
        code = code.upper()
        if not _CODE.fullmatch(code):
            raise StoreError(f"{name}: line {n}: {cells[1]!r} is not an ISO 4217 currency code")
        try:
            per_usd = float(amount)
        except ValueError:
            per_usd = math.nan
        if not math.isfinite(per_usd) or per_usd <= 0:
            raise StoreError(f"{name}: line {n}: the rate {amount!r} must be a positive number")
        rates.append(Rate(day, code, per_usd))
    return rates


def shipped_rates() -> list[Rate]:
    """The rates that ship with Hamish (resources/rates/*.csv)."""
    from desktop.paths import resource

    out: list[Rate] = []
    for path in sorted(resource("rates").glob("*.csv")):
        out += parse_rates(path.read_text(encoding="utf-8"), path.name)
    return out


def load_rates(store=None) -> RateTable:
    """The shipped rates, overridden by those the analyst loaded into ``store``."""
    table = RateTable(shipped_rates())
    if store is not None:
        rows = store.db.execute("SELECT day, currency, per_usd FROM rates").fetchall()
        table.add(Rate(*r) for r in rows)
    return table


def import_rates(store, path: str | Path) -> int:
    """Load a rates CSV into ``store`` (replacing rates of the same currency and day); all or nothing."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not a UTF-8 text file"
        raise StoreError(f"{path}: {reason}") from None
    rates = parse_rates(text, str(path))
    with store.transaction():
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO rates (currency, day, per_usd, source) VALUES (?, ?, ?, ?)",
            [(r.currency, r.day, r.per_usd, path.name) for r in rates])
    return len(rates)
