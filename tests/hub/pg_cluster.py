"""A throwaway PostgreSQL cluster (Debian's initdb and pg_ctl), for the hub tests and the hub benchmark: run as an
unprivileged user when we are root, in a temporary directory, on a free port of 127.0.0.1, stopped at the end."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


PASSWORD_GROUP = "hamish_password_users"  # members of this role must give a password (scram-sha-256); others: trust

_HBA = f"""local all all trust
host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
"""


class ClusterUnavailable(Exception):
    """No PostgreSQL server binaries here (the message is the one-line reason)."""


def bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _unprivileged_user() -> str:
    """Debian's `postgres` user, or one made for these tests (initdb refuses to run as root)."""
    for name in ("postgres", "hamish-pg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "hamish-pg"],
                   check=True, capture_output=True)
    return "hamish-pg"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    port: int
    superuser: str = "hamish_super"

    def url(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{dbname}"

    def new_hub(self, dbname: str, members: dict[str, str] | None = None) -> str:
        """Create database ``dbname``, make it a hub (`team init`) with ``members`` (name → role); its URL."""
        import psycopg
        from psycopg import sql

        from desktop.core.hub.client import add_member, init_hub

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
        init_hub(self.url(dbname))
        for name, role in (members or {}).items():
            add_member(self.url(dbname), name, role)
        return self.url(dbname)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """Start a cluster (on 127.0.0.1 only: trust authentication, but members of PASSWORD_GROUP need their password),
    yield it, stop it and delete its files."""
    bindir = bin_dir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        raise ClusterUnavailable("PostgreSQL's server binaries (initdb, pg_ctl; Debian package postgresql) "
                                 "are not installed")
    base = Path(tempfile.mkdtemp(prefix="hamish-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = _unprivileged_user()
        shutil.chown(base, user)
        prefix = ["runuser", "-u", user, "--"]
    data, sock, port = base / "data", base / "sock", free_port()
    cluster = Cluster(port)

    def run(*args: str) -> None:
        done = subprocess.run(prefix + list(args), capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr.strip() or done.stdout.strip()}")

    try:
        run("mkdir", "-p", str(sock))
        run(str(bindir / "initdb"), "-D", str(data), "-U", cluster.superuser, "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync")
        (data / "pg_hba.conf").write_text(_HBA)
        if prefix:
            shutil.chown(data / "pg_hba.conf", prefix[2])
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-t", "60", "-o",
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start")
        yield cluster
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=120)
        shutil.rmtree(base, ignore_errors=True)
