"""A throw-away PostgreSQL server for the tests and benchmarks.

``initdb`` in a temporary folder, a Unix socket in that folder, no TCP and no password (trust).
PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user (or
``nobody``). Nothing here connects anywhere but that socket.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import URL, create_engine, text

SUPERUSER = "opgroei"
PASSWORD_ROLE = "opgroei_wachtwoord"
"""A role that must give a password (scram), for tests of wrong credentials."""
FAST_SETTINGS = ("-F", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
"""For tests: a crash loses nothing we care about, so skip the waits for the disk."""


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server could be started here; the message says why."""


def find_bindir() -> Path:
    """The folder with ``initdb`` and ``pg_ctl``: on PATH, else Debian's newest version."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if not found:
        raise ClusterUnavailable("PostgreSQL is not installed (no initdb found)")
    return Path(found[-1]).parent


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as when we are root, else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ClusterUnavailable("running as root and no unprivileged user to run PostgreSQL as")


class Cluster:
    """A running server; ``url(name)`` addresses one of its databases over the socket."""

    def __init__(self, durable: bool = False) -> None:
        self.bindir = find_bindir()
        self.account = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="opgroei-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        if self.account is not None:
            os.chown(self.root, self.account.pw_uid, self.account.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        )  # fmt: skip
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
        options = [f"-k {self.root}", "-c listen_addresses=''", "-c max_connections=60"]
        if not durable:
            options.append(" ".join(FAST_SETTINGS))
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "30",
            "-o", " ".join(options), "start",
        )  # fmt: skip
        self.running = True
        atexit.register(self.stop)  # also when a run ends without its fixtures' finalizers

    def _run(self, program: str, *args: str) -> None:
        account = self.account
        try:
            subprocess.run(
                [str(self.bindir / program), *args],
                check=True,
                capture_output=True,
                text=True,
                cwd=self.root,
                user=account.pw_uid if account else None,
                group=account.pw_gid if account else None,
                extra_groups=[] if account else None,
                env={**os.environ, "HOME": str(self.root), "LC_ALL": "C.UTF-8"},
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as error:
            detail = getattr(error, "stderr", "") or ""
            raise ClusterUnavailable(f"{program} failed: {error} {detail[-400:]}") from error

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``database`` on this server's socket."""
        return URL.create(
            "postgresql+psycopg",
            username=SUPERUSER,
            database=database,
            query={"host": str(self.root)},
        ).render_as_string(hide_password=False)

    def execute(self, *statements: str) -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE need that)."""
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); returns its URL."""
        copy = f' TEMPLATE "{template}"' if template else ""
        self.execute(
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"{copy}'
        )
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        if self.running:
            self.running = False
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except ClusterUnavailable:
                pass
        shutil.rmtree(self.root, ignore_errors=True)
