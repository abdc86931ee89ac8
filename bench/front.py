"""`make bench` (suite ``front``): the production front under load.

A throw-away deployment as production runs it (ZEO, two clients with
``trusted-proxy 127.0.0.1``, Debian's Varnish with profiles/varnish/hami.vcl.in
in front, the site's purges going to it), filled with the demo month
(scripts/demo.py), next to a stock Plone 6.2 Classic site in the same Zope
(bench/stock_site.py). wrk (Debian's) drives the load; nginx-light serves the
same home page bytes as a file for the comparison. Everything on loopback,
every run bounded in time.

Measured, as ratios of one run on this machine (the core count is reported):

- the anonymous home page through Varnish vs nginx serving the same bytes;
- a spike: 200 connections for 30 s over 300 public URLs through a cold
  Varnish: errors, hit ratio, p50/p95/p99 latency;
- uncached pages straight from the clients: two clients vs one;
- the uncached portal front page vs the stock Plone front page, same process;
- 200 letters from 20 parallel citizens through Varnish onto two clients:
  lost, errors, p95; and the same with the database in PostgreSQL (the
  relstorage profile's RelStorage);
- the resident memory of each client after the spike.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from deployment import ADMIN_PASSWORD  # noqa: E402
from deployment import Deployment  # noqa: E402
from deployment import free_port  # noqa: E402
from deployment import wait_for_port  # noqa: E402
from services import PostgreSQL  # noqa: E402
from services import relstorage_section  # noqa: E402
from services import Varnish  # noqa: E402
from services import wait  # noqa: E402

import requests  # noqa: E402


LUA = ROOT / "bench" / "paths.lua"
PURGING = "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies"
JSON = {"Accept": "application/json"}
LANGUAGES = ("zh-cn", "ug", "kk", "en")
PRODUCTION = "trusted-proxy 127.0.0.1"  # as profiles/production.cfg
# Varnish's counters of requests the cache did not answer itself
NOT_FROM_THE_CACHE = ("cache_miss", "cache_hitpass", "cache_hitmiss", "s_pass")


def say(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def measured(name: str, numbers: dict) -> dict:
    """Say what was measured, as it is measured."""
    shown = {
        key: round(value, 1) if isinstance(value, float) else value
        for key, value in numbers.items()
    }
    say(f"  {name}: {shown}")
    return numbers


# -- load -------------------------------------------------------------------


def wrk(
    url: str,
    paths: list[str],
    connections: int,
    seconds: int,
    home: Path,
    threads: int = 2,
) -> dict:
    """wrk's counts and latency percentiles for ``paths`` on ``url``."""
    listing = home / f"paths-{uuid.uuid4().hex[:8]}.txt"
    listing.write_text("\n".join(paths) + "\n")
    result = subprocess.run(
        [
            shutil.which("wrk") or "/usr/bin/wrk",
            f"-t{min(threads, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            "-s",
            str(LUA),
            url,
        ],
        env={**os.environ, "WRK_PATHS": str(listing)},
        capture_output=True,
        text=True,
        timeout=seconds + 120,
    )
    line = next(
        (row for row in result.stdout.splitlines() if row.startswith("JSON ")), None
    )
    if result.returncode or line is None:
        raise RuntimeError(f"wrk failed:\n{result.stdout}\n{result.stderr}")
    numbers = json.loads(line.removeprefix("JSON "))
    numbers["rate"] = numbers["requests"] / (numbers["duration_us"] / 1e6)
    numbers["errors"] = sum(
        numbers[name] for name in ("connect", "read", "write", "status", "timeout")
    )
    return numbers


def wrk_together(runs: list[tuple[str, list[str], int]], seconds: int, home: Path):
    """Several wrk at once (one per client): their results."""
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        futures = [
            pool.submit(wrk, url, paths, connections, seconds, home, 1)
            for url, paths, connections in runs
        ]
        return [future.result() for future in futures]


# -- the services -------------------------------------------------------------


class Nginx:
    """nginx-light serving one directory on a loopback port, its own prefix."""

    def __init__(self, home: Path, root: Path):
        self.home = home
        self.root = root
        self.port = free_port()
        self.process = None

    def start(self) -> None:
        for directory in ("logs", "tmp"):
            (self.home / directory).mkdir(parents=True, exist_ok=True)
        user = "user root;" if os.getuid() == 0 else ""
        (self.home / "nginx.conf").write_text(
            f"""{user}
worker_processes 2;
pid {self.home}/nginx.pid;
error_log {self.home}/logs/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {self.home}/tmp;
  proxy_temp_path {self.home}/tmp;
  fastcgi_temp_path {self.home}/tmp;
  uwsgi_temp_path {self.home}/tmp;
  scgi_temp_path {self.home}/tmp;
  server {{
    listen 127.0.0.1:{self.port};
    root {self.root};
    location / {{ default_type "text/html; charset=utf-8"; try_files /home.html =404; }}
  }}
}}
"""
        )
        self.process = subprocess.Popen(
            [
                shutil.which("nginx") or "/usr/sbin/nginx",
                "-p",
                str(self.home),
                "-c",
                str(self.home / "nginx.conf"),
                "-g",
                "daemon off;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(self.home / "logs" / "stderr.log", "ab"),  # noqa: SIM115
            start_new_session=True,
        )
        wait_for_port(self.port, self.process, timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


def varnish_counters(varnish: Varnish) -> dict[str, int]:
    result = subprocess.run(
        [
            shutil.which("varnishstat") or "/usr/bin/varnishstat",
            "-n",
            str(varnish.home / "work"),
            "-1",
            "-j",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    data = json.loads(result.stdout)
    counters = data.get("counters", data)
    return {
        name.removeprefix("MAIN."): counter["value"]
        for name, counter in counters.items()
        if isinstance(counter, dict) and name.startswith("MAIN.")
    }


def resident_mb(pid: int) -> float:
    """Resident memory of a process group (the client and its children)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pid:
                continue
            status = (entry / "status").read_text()
        except (OSError, ProcessLookupError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


# -- the portal ---------------------------------------------------------------


def admin_session() -> requests.Session:
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers.update(JSON)
    return session


def public_paths(url: str, count: int = 300) -> list[str]:
    """A mix of public pages citizens open: home pages, the service hall and
    the letters in each language, department home pages, news items."""
    paths = []
    for language in LANGUAGES:
        paths += [
            f"/hami/{language}",
            f"/hami/{language}/@@service-hall",
            f"/hami/{language}/@@letters",
        ]
    anonymous = requests.Session()
    anonymous.headers.update(JSON)
    for portal_type in ("Department", "News Item"):
        found = anonymous.get(
            f"{url}/hami/@search",
            params={"portal_type": portal_type, "b_size": 500, "sort_on": "path"},
            timeout=120,
        ).json()
        paths += [item["@id"].removeprefix(url) for item in found["items"]]
    if len(paths) < count:
        raise RuntimeError(f"only {len(paths)} public pages: is the demo filled?")
    # every kind of page, evenly spread
    step = len(paths) / count
    chosen = sorted({paths[int(number * step)] for number in range(count)})
    for path in chosen:
        response = requests.get(f"{url}{path}", timeout=120)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code}")
    return chosen


def letters(url: str) -> set[str]:
    """The tracking numbers of every letter in the portal (their titles)."""
    numbers: set[str] = set()
    session = admin_session()
    while True:
        found = session.get(
            f"{url}/hami/@search",
            params={
                "portal_type": "Letter",
                "b_size": 1000,
                "b_start": len(numbers),
                "sort_on": "created",
                "metadata_fields": "Title",
            },
            timeout=300,
        )
        if found.status_code != 200:
            raise RuntimeError(f"@search: {found.status_code} {found.text[:1000]}")
        batch = found.json()
        numbers |= {item["title"] for item in batch["items"]}
        if not batch["items"] or len(numbers) >= batch["items_total"]:
            return numbers


def send_letters(url: str, count: int = 200, parallel: int = 20) -> dict:
    """``count`` letters from ``parallel`` citizens at once, each at its own
    address: statuses, tracking numbers, latencies; and how many arrived."""
    before = letters(url)
    run = uuid.uuid4().hex[:6]

    def send(number: int):
        started = time.perf_counter()
        try:
            response = requests.post(
                f"{url}/hami/@letters",
                json={
                    "letter_type": "consultation",
                    "addressed_to": "mailbox",
                    "title": "咨询供暖补贴申请条件",
                    "body": "请问今年的供暖补贴申请条件和办理地点是什么？"
                    f"（{run}-{number}）",
                    "name": "测试市民",
                    "phone": f"1390{number:07d}",
                    "publish_consent": False,
                    "language": LANGUAGES[number % 4],
                },
                headers={
                    **JSON,
                    "X-Forwarded-For": f"10.{90 + number // 62500}."
                    f"{number // 250 % 250}.{number % 250 + 1}",
                },
                timeout=300,
            )
            status = response.status_code
            number_ = response.json().get("tracking_number") if status == 201 else None
        except requests.RequestException:
            status, number_ = 0, None
        return status, number_, time.perf_counter() - started

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        results = list(pool.map(send, range(count)))
    elapsed = time.monotonic() - started
    acknowledged = [number for status, number, _t in results if status == 201]
    latencies = sorted(seconds for _s, _n, seconds in results)
    arrived = letters(url) - before
    return {
        "sent": count,
        "errors": sum(1 for status, _n, _t in results if status != 201),
        # acknowledged with a tracking number but not in the portal
        "lost": len(set(acknowledged) - arrived),
        # in the portal twice or without an acknowledgement
        "doubled": len(acknowledged)
        - len(set(acknowledged))
        + len(arrived - set(acknowledged)),
        "arrived": len(arrived),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "median": statistics.median(latencies),
        "rate": count / elapsed,
    }


def configure_purging(url: str, varnish: Varnish) -> None:
    response = admin_session().patch(
        f"{url}/@registry",
        json={PURGING: [f"http://127.0.0.1:{varnish.port}"]},
        timeout=60,
    )
    if response.status_code != 204:
        raise RuntimeError(f"cannot set the caching proxy: {response.text}")


def start_front(home: Path, deployment: Deployment, clients) -> Varnish:
    varnish = Varnish(
        home=home / "varnish", backends=tuple(client.port for client in clients)
    )
    varnish.start()
    configure_purging(f"{clients[0].url}/hami", varnish)
    if not wait(lambda: requests.get(f"{varnish.url}/ok", timeout=10).ok, 60):
        raise RuntimeError("Varnish sees no healthy client")
    return varnish


# -- the suite ----------------------------------------------------------------


def on_filestorage(home: Path, seconds: int) -> dict:
    results: dict = {}
    deployment = Deployment(home=home / "zeo")
    varnish = nginx = None
    try:
        deployment.start_zeo()
        clients = [
            deployment.add_client(name, zope_conf_extra=PRODUCTION)
            for name in ("instance", "instance2")
        ]
        say("creating the site, the demo month and a stock Plone site")
        deployment.run_script(clients[0], ROOT / "scripts" / "create_site.py")
        say(deployment.run_script(clients[0], ROOT / "scripts" / "demo.py").strip())
        deployment.run_script(clients[0], ROOT / "bench" / "stock_site.py")
        for client in clients:
            deployment.start_client(client)
        varnish = start_front(home, deployment, clients)
        first = clients[0].url

        # the home page: Varnish vs nginx, same bytes
        page = requests.get(f"{varnish.url}/hami/zh-cn", timeout=120).content
        (home / "www").mkdir()
        (home / "www" / "home.html").write_bytes(page)
        nginx = Nginx(home / "nginx", home / "www")
        nginx.start()
        cached = requests.get(f"{varnish.url}/hami/zh-cn", timeout=60)
        served = requests.get(f"http://127.0.0.1:{nginx.port}/hami/zh-cn", timeout=60)
        if cached.headers.get("X-Cache") != "HIT" or served.content != cached.content:
            raise RuntimeError(f"not the same cached page: {cached.headers}")
        nginx_url = f"http://127.0.0.1:{nginx.port}"

        def load(name, url, paths, connections=4, duration=seconds):
            results[name] = measured(name, wrk(url, paths, connections, duration, home))

        say("home page: Varnish vs nginx")
        load("varnish home", varnish.url, ["/hami/zh-cn"], 16)
        load("nginx home", nginx_url, ["/hami/zh-cn"], 16)
        results["home bytes"] = len(page)

        # uncached pages straight from the clients, one vs two; the front
        # page vs stock Plone's in the same process
        paths = public_paths(first)
        uncached = [path for path in paths if "/departments/" in path][:60]
        say("uncached pages: one client, then two")
        load("one client", first, uncached)
        together = wrk_together(
            [(client.url, uncached, 4) for client in clients], seconds, home
        )
        results["two clients"] = measured(
            "two clients",
            {
                "rate": sum(run["rate"] for run in together),
                "errors": sum(run["errors"] for run in together),
            },
        )
        say("front page vs stock Plone's")
        load("portal front page", first, ["/hami/zh-cn"])
        load("stock Plone front page", first, ["/plone"])

        # the spike: on a cold cache (Varnish just restarted, every page a
        # miss at first), then again on the warm cache it left
        varnish.stop()
        varnish = start_front(home, deployment, clients)
        for name in ("spike", "warm spike"):
            say(f"{name}: 200 connections, 30 s, 300 URLs")
            before = varnish_counters(varnish)
            load(name, varnish.url, paths, 200, 30)
            after = varnish_counters(varnish)
            hits = after["cache_hit"] - before["cache_hit"]
            misses = sum(
                after.get(counter, 0) - before.get(counter, 0)
                for counter in NOT_FROM_THE_CACHE
            )
            results[name]["misses"] = misses
            results[name]["hit ratio"] = hits / max(1, hits + misses)
            say(f"  {name}: {hits} hits, {misses} misses")
        results["memory"] = measured(
            "memory (MB)",
            {client.name: resident_mb(client.process.pid) for client in clients},
        )

        say("200 letters from 20 citizens through Varnish (FileStorage)")
        results["letters"] = measured("letters", send_letters(varnish.url))
    finally:
        for service in (varnish, nginx):
            if service is not None:
                service.stop()
        deployment.stop()
    return results


def on_postgresql(home: Path) -> dict:
    cluster = PostgreSQL.in_tmp()
    deployment = Deployment(home=home / "relstorage")
    varnish = None
    try:
        cluster.start()
        cluster.create_database("hami")
        deployment.prepare()
        clients = [
            deployment.add_client(
                name,
                zope_conf_extra=PRODUCTION,
                database=relstorage_section(
                    cluster.dsn(), deployment.var / "blobcache" / name
                ),
            )
            for name in ("machine1", "machine2")
        ]
        say("creating the site on PostgreSQL")
        deployment.run_script(clients[0], ROOT / "scripts" / "create_site.py")
        for client in clients:
            deployment.start_client(client)
        varnish = start_front(home / "pg", deployment, clients)
        say("200 letters from 20 citizens through Varnish (PostgreSQL)")
        return measured("letters on PostgreSQL", send_letters(varnish.url))
    finally:
        if varnish is not None:
            varnish.stop()
        deployment.stop()
        cluster.remove()


def report(results: dict, seconds: int) -> None:
    cores = os.cpu_count()
    home_ratio = results["varnish home"]["rate"] / results["nginx home"]["rate"]
    scale = results["two clients"]["rate"] / results["one client"]["rate"]
    stock = results["stock Plone front page"]["rate"]
    front = stock / results["portal front page"]["rate"]
    print(f"\nThe production front on {cores} cores, wrk {seconds} s per measure")
    print("(wrk's latencies are corrected for coordinated omission: what citizens")
    print("arriving at a steady rate would wait, stalls included)\n")
    rows = [
        (
            f"home page ({results['home bytes']} bytes), 16 connections",
            f"Varnish {results['varnish home']['rate']:,.0f} req/s, "
            f"nginx {results['nginx home']['rate']:,.0f} req/s",
            f"{home_ratio:.2f}x nginx (>= 0.5)",
        ),
    ]
    for name, state in (("spike", "cold"), ("warm spike", "warm")):
        spike = results[name]
        rows.append((
            f"spike: 200 connections, 30 s, 300 URLs, {state} cache",
            f"{spike['requests']:,} requests, {spike['errors']} errors, "
            f"{spike['misses']} misses, p50 {spike['p50_us'] / 1000:.1f} ms, "
            f"p95 {spike['p95_us'] / 1000:.1f} ms, "
            f"p99 {spike['p99_us'] / 1000:.1f} ms",
            f"hit ratio {spike['hit ratio']:.2%} (>= 95 %)",
        ))
    rows += [
        (
            "uncached department pages, 4 connections per client",
            f"one client {results['one client']['rate']:.1f} req/s, "
            f"two {results['two clients']['rate']:.1f} req/s",
            f"{scale:.2f}x (>= 1.5)",
        ),
        (
            "uncached front page vs stock Plone's, same process",
            f"/hami/zh-cn {results['portal front page']['rate']:.1f} req/s, "
            f"/plone {results['stock Plone front page']['rate']:.1f} req/s",
            f"{front:.2f}x the time (<= 1.3)",
        ),
    ]
    for name in ("letters", "letters on PostgreSQL"):
        if name in results:
            batch = results[name]
            rows.append((
                f"{name}: 200 from 20 citizens through Varnish",
                f"{batch['arrived']} arrived, {batch['lost']} lost, "
                f"{batch['doubled']} doubled, "
                f"{batch['errors']} errors, {batch['rate']:.1f} letters/s",
                f"p95 {batch['p95'] * 1000:.0f} ms",
            ))
    rows.append((
        "resident memory of each client after the spike",
        ", ".join(f"{name} {mb:.0f} MB" for name, mb in results["memory"].items()),
        "",
    ))
    for name, measured, ratio in rows:
        print(f"{name}\n    {measured}\n    {ratio}".rstrip())


def main(seconds: int = 10, postgresql: bool = True) -> dict:
    with tempfile.TemporaryDirectory(prefix="hami-bench-front-") as directory:
        home = Path(directory)
        home.chmod(0o755)
        results = on_filestorage(home, seconds)
        if postgresql:
            results["letters on PostgreSQL"] = on_postgresql(home)
    report(results, seconds)
    return results
