"""A real Hami deployment on loopback: a ZEO server and Zope clients.

The configuration buildout generated for `make run` (parts/*/etc) is copied into
a temporary home with its own free ports and its own var/ directory, so the
tests run the very programs `make run` runs, against a fresh database, without
touching instance/var/ or the ports of a portal a developer has running.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request


ROOT = Path(__file__).resolve().parent.parent
RUNTIME_VAR = ROOT / "instance" / "var"
ZEO_CONF = ROOT / "parts" / "zeoserver" / "etc" / "zeo.conf"
RUNZEO = ROOT / "parts" / "zeoserver" / "bin" / "runzeo"
ZOPE_CONF = ROOT / "parts" / "instance" / "etc" / "zope.conf"
WSGI_INI = ROOT / "parts" / "instance" / "etc" / "wsgi.ini"
INSTANCE = ROOT / "bin" / "instance"
ADMIN_PASSWORD = "deployment-test-secret"  # noqa: S105 - a throw-away test database


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


@dataclass
class Client:
    """One Zope client (a WSGI process) of the deployment."""

    name: str
    port: int
    home: Path
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        # "localhost", not 127.0.0.1: Plone leaves requests to 127.0.0.1 unthemed
        # (plone.app.theming's hostname blacklist), so a browser would not see
        # what a citizen sees.
        return f"http://localhost:{self.port}"

    @property
    def zope_conf(self) -> Path:
        return self.home / f"{self.name}-zope.conf"

    @property
    def wsgi_ini(self) -> Path:
        return self.home / f"{self.name}-wsgi.ini"

    @property
    def script(self) -> Path:
        """This client's copy of bin/instance, which has its configuration written in."""
        return self.home / self.name


@dataclass
class Deployment:
    home: Path
    zeo_port: int = field(default_factory=free_port)
    clients: dict[str, Client] = field(default_factory=dict)
    zeo: subprocess.Popen | None = None
    worker: subprocess.Popen | None = None
    site_creation_output: str = ""
    environment: dict[str, str] = field(default_factory=dict)

    @property
    def var(self) -> Path:
        return self.home / "var"

    def _rewrite(self, text: str, http_port: int | None = None) -> str:
        text = text.replace(str(RUNTIME_VAR), str(self.var))
        text = text.replace("127.0.0.1:8100", f"127.0.0.1:{self.zeo_port}")
        if http_port is not None:
            text = text.replace("127.0.0.1:8080", f"127.0.0.1:{http_port}")
        return text

    def _log(self, name: str):
        return open(self.var / "log" / f"{name}.stdout", "ab")

    def prepare(self) -> None:
        """The var/ directory, as `make run` makes it."""
        for directory in ("log", "filestorage", "blobstorage", "cache"):
            (self.var / directory).mkdir(parents=True, exist_ok=True)

    def start_zeo(self) -> None:
        self.prepare()
        conf = self.home / "zeo.conf"
        conf.write_text(self._rewrite(ZEO_CONF.read_text()))
        # runzeo is a shell script with its configuration file written in.
        runzeo = self.home / "runzeo"
        runzeo.write_text(RUNZEO.read_text().replace(str(ZEO_CONF), str(conf)))
        runzeo.chmod(0o755)
        self.zeo = subprocess.Popen(
            [str(runzeo)],
            stdout=self._log("zeoserver"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for_port(self.zeo_port, self.zeo, timeout=60)

    def add_client(
        self, name: str, zope_conf_extra: str = "", database: str | None = None
    ) -> Client:
        """Another client of the same ZEO server; ``zope_conf_extra`` is added
        to its zope.conf (e.g. ``trusted-proxy 127.0.0.1``, as production);
        ``database`` replaces its ZEO database section (e.g. RelStorage)."""
        client = Client(name=name, port=free_port(), home=self.home)
        (self.var / name).mkdir(parents=True, exist_ok=True)
        zope_conf = self._rewrite(ZOPE_CONF.read_text())
        zope_conf = zope_conf.replace(str(self.var / "instance"), str(self.var / name))
        zope_conf += f"\n{zope_conf_extra}\n" if zope_conf_extra else ""
        if database is not None:
            zope_conf = re.sub(
                r"<zodb_db main>.*?</zodb_db>",
                lambda _m: database,
                zope_conf,
                flags=re.S,
            )
        client.zope_conf.write_text(zope_conf)
        wsgi = self._rewrite(WSGI_INI.read_text(), http_port=client.port)
        wsgi = wsgi.replace(str(ZOPE_CONF), str(client.zope_conf))
        wsgi = wsgi.replace("/log/instance", f"/log/{name}")
        client.wsgi_ini.write_text(wsgi)
        script = INSTANCE.read_text()
        script = script.replace(str(ZOPE_CONF), str(client.zope_conf))
        script = script.replace(str(WSGI_INI), str(client.wsgi_ini))
        client.script.write_text(script)
        client.script.chmod(0o755)
        self.clients[name] = client
        return client

    def env(self) -> dict[str, str]:
        return {**os.environ, "ADMIN_PASSWORD": ADMIN_PASSWORD, **self.environment}

    def run_script(self, client: Client, script: Path, *args: str) -> str:
        """`bin/instance run script`, as `make run` does before serving."""
        result = subprocess.run(
            [str(client.script), "run", str(script), *args],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=900,
        )
        if result.returncode:
            raise RuntimeError(
                f"{script.name} failed ({result.returncode}):\n"
                f"{result.stdout}\n{result.stderr}"
            )
        return result.stdout

    def start_client(self, client: Client) -> None:
        client.process = subprocess.Popen(
            [str(client.script), "fg"],
            env=self.env(),
            stdout=self._log(client.name),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for_port(client.port, client.process, timeout=180)
        self._wait_until_serving(client)

    def _wait_until_serving(self, client: Client, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(client.url + "/", timeout=30)
                return
            except urllib.error.HTTPError:
                return  # Zope answered
            except OSError:
                time.sleep(0.5)
        raise TimeoutError(f"{client.name} does not answer HTTP")

    @staticmethod
    def _terminate(process: subprocess.Popen | None, timeout: float = 30) -> None:
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=timeout)

    def start_worker(self, client: Client) -> None:
        """The video worker, as `make run` starts it next to the client."""
        self.worker = subprocess.Popen(
            [str(client.script), "run", str(ROOT / "scripts" / "video_worker.py")],
            env=self.env(),
            stdout=self._log("video-worker"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop_worker(self) -> None:
        self._terminate(self.worker)
        self.worker = None

    def stop_client(self, client: Client) -> None:
        self._terminate(client.process)
        client.process = None

    def stop(self) -> None:
        self.stop_worker()
        for client in self.clients.values():
            self.stop_client(client)
        self._terminate(self.zeo)
        self.zeo = None
