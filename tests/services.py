"""Debian's Varnish and PostgreSQL for the deployment tests, on loopback, with
their own configuration and data in a temporary directory (never the
machine's own services), as the Makefile runs them for production."""

from __future__ import annotations

from dataclasses import dataclass
from deployment import free_port
from deployment import ROOT
from deployment import wait_for_port
from pathlib import Path

import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time


VCL = ROOT / "profiles" / "varnish" / "hami.vcl.in"


@dataclass
class Varnish:
    """varnishd in front of two Zope clients."""

    home: Path
    backends: tuple[int, int]
    port: int = 0
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        # "localhost": Plone themes requests to localhost, not to 127.0.0.1
        return f"http://localhost:{self.port}"

    def start(self) -> None:
        self.port = self.port or free_port()
        self.home.mkdir(parents=True, exist_ok=True)
        vcl = VCL.read_text()
        vcl = vcl.replace("@ZOPE1_PORT@", str(self.backends[0]))
        vcl = vcl.replace("@ZOPE2_PORT@", str(self.backends[1]))
        (self.home / "hami.vcl").write_text(vcl)
        command = [
            shutil.which("varnishd") or "/usr/sbin/varnishd",
            "-F",
            "-n",
            str(self.home / "work"),
            "-a",
            f"127.0.0.1:{self.port}",
            "-f",
            str(self.home / "hami.vcl"),
            "-s",
            "pages=malloc,128m",
            "-s",
            f"videos=file,{self.home / 'videos.bin'},256m",
        ]
        if os.getuid() == 0:
            # the test's private directory is not readable by Debian's
            # varnish user; `make start` (instance/var) keeps the default jail
            command[1:1] = ["-j", "none"]
        self.process = subprocess.Popen(
            command,
            stdout=open(self.home / "varnishd.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for_port(self.port, self.process, timeout=60)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        self.process = None


@dataclass
class PostgreSQL:
    """A cluster of our own: initdb, pg_ctl, a role and a database."""

    home: Path
    port: int = 0
    password: str = "hami-test-only"  # noqa: S105 - a throw-away test cluster
    database: str = "hami"

    @property
    def bin(self) -> Path:
        versions = sorted(Path("/usr/lib/postgresql").iterdir(), key=lambda p: p.name)
        return versions[-1] / "bin"

    def _as_owner(self, *command: str, **kwargs) -> subprocess.CompletedProcess:
        if os.getuid() == 0:  # PostgreSQL refuses to run as root
            command = ("runuser", "-u", "postgres", "--", "env", "-C", "/", *command)
        return subprocess.run(
            command, capture_output=True, text=True, timeout=300, **kwargs
        )

    @classmethod
    def in_tmp(cls) -> PostgreSQL:
        """In a directory the postgres user can reach (pytest's is private)."""
        home = Path(tempfile.mkdtemp(prefix="hami-pg-", dir="/tmp"))
        home.chmod(0o755)
        return cls(home=home)

    def start(self) -> None:
        self.port = self.port or free_port()
        (self.home / "run").mkdir(exist_ok=True)
        if os.getuid() == 0:
            postgres = pwd.getpwnam("postgres")
            for path in (self.home, self.home / "run"):
                os.chown(path, postgres.pw_uid, postgres.pw_gid)
        user = "postgres" if os.getuid() == 0 else pwd.getpwuid(os.getuid()).pw_name
        data = self.home / "data"
        if not data.exists():
            result = self._as_owner(
                str(self.bin / "initdb"),
                "-D",
                str(data),
                "-E",
                "UTF8",
                "--locale=C",
                "--auth-local=peer",
                "--auth-host=scram-sha-256",
                "-U",
                user,
            )
            assert result.returncode == 0, result.stderr
        result = self._as_owner(
            str(self.bin / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(self.home / "postgresql.log"),
            "-w",
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.home / 'run'}",
            "start",
        )
        assert result.returncode == 0, result.stderr + result.stdout
        self.psql(
            f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='hami') "
            f"THEN CREATE ROLE hami LOGIN PASSWORD '{self.password}'; END IF; END$$;"
        )

    def psql(self, sql: str, database: str = "postgres") -> str:
        result = self._as_owner(
            str(self.bin / "psql"),
            "-X",
            "-q",
            "-t",
            "-A",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            str(self.home / "run"),
            "-p",
            str(self.port),
            "-d",
            database,
            "-c",
            sql,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def create_database(self, name: str) -> str:
        self.psql(
            f"CREATE DATABASE {name} OWNER hami TEMPLATE template0 ENCODING 'UTF8'"
        )
        return name

    def dsn(self, database: str | None = None) -> str:
        return (
            f"dbname={database or self.database} user=hami "
            f"password={self.password} host=127.0.0.1 port={self.port}"
        )

    def stop(self) -> None:
        self._as_owner(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.home / "data"),
            "-w",
            "-m",
            "fast",
            "stop",
        )

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)


def relstorage_section(dsn: str, blob_cache: Path) -> str:
    """The database of a client's zope.conf, in PostgreSQL."""
    return f"""%import relstorage
<zodb_db main>
    cache-size 50000
    <relstorage>
      blob-dir {blob_cache}
      shared-blob-dir false
      blob-cache-size 512mb
      keep-history true
      <postgresql>
        dsn {dsn}
      </postgresql>
    </relstorage>
    mount-point /
</zodb_db>
"""


def wait(predicate, timeout: float, interval: float = 0.25):
    """The predicate's first truthy answer within ``timeout`` seconds, or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    return None
