"""The Compare view's settings (tolerance, time window, display currency), kept in the app's QSettings."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.compare.figures import DEFAULT_TOLERANCE, DEFAULT_WINDOW_DAYS
from desktop.core.compare.rates import DEFAULT_DISPLAY


@dataclass(frozen=True)
class CompareSettings:
    """How far values may differ (a fraction) and within how many days, and the currency sums are shown in."""

    tolerance: float = DEFAULT_TOLERANCE
    window_days: int = DEFAULT_WINDOW_DAYS
    currency: str = DEFAULT_DISPLAY


def load(settings) -> CompareSettings:
    """The saved choices from ``AppSettings`` (defaults: 5 %, 30 days, USD); bad saved values give the default."""
    qs = getattr(settings, "qs", None)
    if qs is None:
        return CompareSettings()

    def number(key: str, default, kind):
        try:
            value = kind(qs.value(key, default))
        except (TypeError, ValueError):
            return default
        return value

    tolerance = number("compare/tolerance", DEFAULT_TOLERANCE, float)
    window = number("compare/window_days", DEFAULT_WINDOW_DAYS, int)
    currency = str(qs.value("compare/currency", DEFAULT_DISPLAY) or DEFAULT_DISPLAY).upper()
    return CompareSettings(tolerance if 0 <= tolerance < 1 else DEFAULT_TOLERANCE,
                           window if window >= 0 else DEFAULT_WINDOW_DAYS, currency)


def save(settings, chosen: CompareSettings) -> None:
    qs = getattr(settings, "qs", None)
    if qs is None:
        return
    qs.setValue("compare/tolerance", float(chosen.tolerance))
    qs.setValue("compare/window_days", int(chosen.window_days))
    qs.setValue("compare/currency", chosen.currency)
