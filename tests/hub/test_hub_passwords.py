"""Hub passwords: libpq's own places first, then the OS keyring (`hamish team login`), never the store or a log;
TLS settings in the URL go to libpq as they are. The keyring is a real backend kept in a file (tests/hub)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import psycopg
import pytest
from psycopg import sql

from desktop.core.hub.client import HubError, add_member, login, safe_url, sync
from tests.hub.helpers import open_store, with_article
from tests.hub.keyring_backend import JsonFileKeyring
from tests.hub.pg_cluster import PASSWORD_GROUP

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cret-كلمة-🔑"


@pytest.fixture
def member(hub, tmp_path, monkeypatch):
    """A member who must give a password; libpq's own places hold none."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGSERVICEFILE", raising=False)
    name = f"{hub.name}_pw"
    add_member(hub.url(), name, "analyst")
    with psycopg.connect(hub.url(), autocommit=True) as conn:
        try:
            conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(PASSWORD_GROUP)))
        except psycopg.errors.DuplicateObject:
            pass
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(PASSWORD_GROUP), sql.Identifier(name)))
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name), sql.Literal(SECRET)))
    return hub.url(name)


@pytest.fixture
def ring(tmp_path):
    before = keyring.get_keyring()
    kept = JsonFileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


def test_sync_finds_the_password_in_the_keyring_and_nowhere_else(tmp_path, member, ring):
    a = open_store(tmp_path, "a")
    with_article(a)
    with pytest.raises(HubError, match="offline: .*no password supplied"):
        sync(a, member)
    assert login(member, SECRET).startswith(f"{member.split('//')[1].split('@')[0]}@127.0.0.1:")
    assert sync(a, member).shared_pushed > 0
    a.close()
    assert SECRET.encode() not in (tmp_path / "a.db").read_bytes()
    ring.set_password("hamish", next(iter(ring._all())).split("\n")[1], "wrong")
    with pytest.raises(HubError, match="password authentication failed"):
        sync(open_store(tmp_path, "a"), member)


def test_team_login_from_the_command_line(tmp_path, member):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.hub.keyring_backend.JsonFileKeyring",
               HAMISH_TEST_KEYRING=str(tmp_path / "ring.json"))

    def hamish(*args, stdin=None):
        return subprocess.run([sys.executable, "-m", "desktop", "--store", str(tmp_path / "a.db"), *args],
                              input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)

    refused = hamish("sync", member)
    assert refused.returncode == 1 and "no password supplied" in refused.stderr
    done = hamish("team", "login", member, "--password-stdin", stdin=SECRET + "\n")
    assert done.returncode == 0, done.stderr
    assert "is in the OS keyring" in done.stdout
    synced = hamish("sync", member, "--json")  # the password from the keyring
    assert synced.returncode == 0, synced.stderr
    again = hamish("sync")  # the remembered URL (no password in it), the keyring again
    assert again.returncode == 0, again.stderr
    for result in (done, synced, again):
        assert SECRET not in result.stdout + result.stderr
    assert SECRET.encode() not in (tmp_path / "a.db").read_bytes()
    wrong = hamish("team", "login", member, "--password-stdin", stdin="wrong\n")
    assert wrong.returncode == 1 and "did not open with it" in wrong.stderr and len(wrong.stderr.splitlines()) == 1


def test_tls_settings_in_the_url_reach_libpq(tmp_path, hub):
    url = hub.url(hub.member("analyst")) + "?sslmode=verify-full&sslrootcert=" + str(tmp_path / "ca.pem")
    kept = safe_url(url)
    assert "sslmode=verify-full" in kept and f"sslrootcert={tmp_path / 'ca.pem'}" in kept
    a = open_store(tmp_path, "a")
    with pytest.raises(HubError, match="offline: .*SSL was required"):
        sync(a, url)  # libpq insists on TLS, which this test server does not offer: nothing goes in the clear
    assert a.meta("hub_url") is None
    assert sync(a, hub.url(hub.member("analyst")) + "?sslmode=disable").refused == []  # the same server, no TLS
    assert "sslmode=disable" in a.meta("hub_url")
