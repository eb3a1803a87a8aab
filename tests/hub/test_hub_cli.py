"""The team commands as real subprocesses against a real hub: team init, team add-member, sync, conflicts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.core.hub import local
from desktop.core.store.database import Store
from tests.hub.helpers import ARTICLE, open_store, span, with_article


def hamish(*args: str, store=None) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-m", "desktop"] + (["--store", str(store)] if store else []) + list(args)
    env = dict(os.environ, PGPASSWORD="", HAMISH_DEBUG="")
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env)


def test_team_commands_and_sync_from_the_command_line(tmp_path, hub_db):
    done = hamish("team", "init", hub_db.url())
    assert done.returncode == 0 and "h001_tables" in done.stdout, done.stderr
    assert "already up to date" in hamish("team", "init", hub_db.url()).stdout
    member = f"{hub_db.name}_cli"
    done = hamish("team", "add-member", hub_db.url(), member, "--role", "analyst")
    assert done.returncode == 0 and member in done.stdout and "password" not in done.stdout.split("sync")[-1]
    a = open_store(tmp_path, "a")
    a.add_annotation(with_article(a), *span(ARTICLE, "12%"), "stake")
    categories = len(a.categories())
    a.close()
    done = hamish("sync", hub_db.url(member), "--json", store=tmp_path / "a.db")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"pushed": 1, "pulled": 0, "conflicts": 0, "refused": [],
                                       "shared_pushed": categories + 1, "shared_pulled": 0,  # categories, the article
                                       "pdfs_pushed": 0, "pdfs_pulled": 0, "held": 0, "held_reasons": []}
    done = hamish("sync", store=tmp_path / "a.db")  # the remembered URL
    assert (done.returncode, done.stdout) == (0, "pushed 0, pulled 0, conflicts 0\n")
    store = Store.open(tmp_path / "a.db", daily_backup=False)
    assert member in store.meta("hub_url") and local.pending(store) == 0
    store.close()
    assert hamish("conflicts", "--json", store=tmp_path / "a.db").stdout == ""


def test_sync_errors_are_one_line_and_change_nothing(tmp_path, hub):
    path = tmp_path / "a.db"
    open_store(tmp_path, "a").close()
    done = hamish("sync", store=path)
    assert done.returncode == 1 and done.stderr.startswith("hamish: error: no hub yet")
    assert len(done.stderr.splitlines()) == 1
    secret = hub.url(hub.member("analyst")).replace("@", ":hunter2@")
    done = hamish("sync", secret, store=path)
    assert done.returncode == 1 and "holds a password" in done.stderr and "hunter2" not in done.stderr
    done = hamish("team", "add-member", hub.url(hub.member("analyst")), "x_intruder", "--role", "admin")
    assert done.returncode == 1 and "not allowed" in done.stderr and len(done.stderr.splitlines()) == 1
    store = Store.open(path, daily_backup=False)
    assert store.meta("hub_url") is None
    store.close()
