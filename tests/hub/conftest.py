"""A throwaway PostgreSQL cluster for the team hub tests: Debian's initdb and pg_ctl, run as an unprivileged user
when the tests run as root, in a temporary directory, on a free port of 127.0.0.1, stopped at the end.

Without PostgreSQL's server binaries the hub tests skip with one line; under CI=true they fail instead.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from dataclasses import dataclass

import pytest

from tests.hub.pg_cluster import Cluster, ClusterUnavailable, running_cluster

_NAMES = itertools.count(1)


def _need(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(reason + " (required under CI)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _need("psycopg 3 is not installed (pip install 'psycopg[binary]')")
    try:
        with running_cluster() as cluster:
            yield cluster
    except ClusterUnavailable as exc:
        _need(str(exc))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        pytest.fail(f"the throwaway PostgreSQL cluster did not start: {exc}", pytrace=False)


@dataclass
class Hub:
    """A fresh database of the cluster for one test; ``name`` also prefixes its members' role names."""

    cluster: Cluster
    name: str

    def url(self, user: str | None = None) -> str:
        return self.cluster.url(self.name, user)

    def member(self, role: str) -> str:
        return f"{self.name}_{role}_m"


@pytest.fixture
def hub_db(pg_cluster: Cluster):
    import psycopg
    from psycopg import sql

    name = f"hub{os.getpid()}_{next(_NAMES)}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield Hub(pg_cluster, name)
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def hub(hub_db: Hub) -> Hub:
    """A hub made with `team init`, with one member of each role (named by :meth:`Hub.member`)."""
    from desktop.core.hub.client import add_member, init_hub

    init_hub(hub_db.url())
    for role in ("analyst", "reviewer", "admin"):
        add_member(hub_db.url(), hub_db.member(role), role)
    return hub_db
