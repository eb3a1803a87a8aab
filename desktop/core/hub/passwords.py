"""Where a hub password may come from besides libpq's own places: the OS keyring (the optional `keyring` package),
under the service "hamish" and an account naming the user, host, port and database. Never the store, never a log."""

from __future__ import annotations

import getpass

from psycopg.conninfo import conninfo_to_dict

__all__ = ["SERVICE", "account", "keyring_password", "save_password", "KeyringMissing"]

SERVICE = "hamish"


class KeyringMissing(Exception):
    """The keyring package is not installed or no usable keyring backend is set up (message says which)."""


def account(url: str) -> str:
    """The keyring account of a hub URL: ``user@host:port/database``, libpq's defaults filled in."""
    p = conninfo_to_dict(url)
    user = p.get("user") or getpass.getuser()
    host = p.get("host") or p.get("hostaddr") or "localhost"
    return f"{user}@{host}:{p.get('port') or 5432}/{p.get('dbname') or user}"


def _keyring():
    try:
        import keyring
        import keyring.errors
    except ImportError:
        raise KeyringMissing("the OS keyring needs the keyring package (pip install keyring)") from None
    return keyring


def keyring_password(url: str) -> str | None:
    """The password kept in the OS keyring for this hub URL, or None (no keyring package, backend or entry)."""
    try:
        keyring = _keyring()
    except KeyringMissing:
        return None
    try:
        return keyring.get_password(SERVICE, account(url))
    except (keyring.errors.KeyringError, OSError):  # no usable backend here: no password from there
        return None


def save_password(url: str, password: str) -> str:
    """Keep ``password`` for this hub URL in the OS keyring; returns the account it is kept under."""
    keyring = _keyring()
    name = account(url)
    try:
        keyring.set_password(SERVICE, name, password)
    except keyring.errors.KeyringError as exc:
        raise KeyringMissing(f"the OS keyring refused to keep it ({exc})") from None
    return name
