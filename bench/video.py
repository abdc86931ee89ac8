"""`make bench` (suite ``video``): video on demand under load.

A throw-away deployment as production runs it (bench/front.py's: ZEO, two
clients with ``trusted-proxy 127.0.0.1``, Varnish with
profiles/varnish/hami.vcl.in in front) with its video worker
(scripts/video_worker.py). Clips are made with ffmpeg: a short one, and a
48 s 720p test picture with grain, so hard to compress that the worker's 720p
MP4 is ~100 MB, sent resumably (TUS) like a large recording. Everything on
loopback, every run bounded in time.

Measured, as ratios of one run on this machine (the core count is reported):

- 20 viewers playing the ~100 MB 720p MP4 anonymously: each asks for ranges of
  1-2 MB at random offsets (a player streaming and seeking), through Varnish
  (warmed by one full GET: hit ratio), against nginx-light serving the very
  same bytes as a file, and straight from one Zope client (uncached): bytes/s,
  requests/s, p50/p95, errors (anything but 206: wrk counts the error
  statuses; an answer larger than the range asked for shows as bytes beyond
  the ranges; a sample of ranges is compared byte for byte before the load);
- a video's page straight from a Zope client (2 connections), the worker idle
  and then while it converts the large upload (its status *processing* just
  before and just after the measure, the worker's CPU time in between), and
  idle again once it is converted: busy against the better idle measure.

Usage: bin/python-test bench/run.py --suite video [--seconds 10]
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from front import admin_session
from front import Deployment
from front import JSON
from front import measured
from front import Nginx
from front import NOT_FROM_THE_CACHE
from front import PRODUCTION
from front import ROOT
from front import say
from front import start_front
from front import varnish_counters
from front import wait
from front import wrk
from pathlib import Path
from urllib.parse import urlsplit

import base64
import json
import os
import random
import requests
import shutil
import subprocess
import tempfile
import time


COLUMN = "hami/zh-cn/departments/fgw/news"
VIEWERS = 20
SMALLEST_RANGE = 1024 * 1024
LARGEST_RANGE = 2 * 1024 * 1024
TUS_CHUNK = 8 * 1024 * 1024
# a 720p test picture with this much grain (alls) comes out of the worker at
# ~2.2 MB a second (libx264 veryfast, crf 23): 48 s make ~100 MB, converted
# in about a minute on one core
LONG_SECONDS = 48
GRAIN = 8
# wrk: Range requests of 1-2 MB at random offsets of one file ($WRK_PATH,
# $WRK_SIZE bytes long), like a player streaming and seeking; one JSON line at
# the end with the counts, the latency percentiles (microseconds) and the
# bytes asked for (an answer that is not the range asked for, e.g. the whole
# file with 200, shows as bytes beyond them).
RANGES_LUA = f"""
local path = os.getenv("WRK_PATH")
local size = tonumber(os.getenv("WRK_SIZE"))
local smallest, largest = {SMALLEST_RANGE}, {LARGEST_RANGE}
local threads = {{}}

function setup(thread)
  table.insert(threads, thread)
  thread:set("number", #threads)
end

function init(args)
  math.randomseed(os.time() * 100 + number)
  asked = 0
end

function request()
  local length = math.random(smallest, largest)
  local first = math.random(0, size - length)
  asked = asked + length
  return wrk.format("GET", path,
    {{Range = "bytes=" .. first .. "-" .. (first + length - 1)}})
end

function done(summary, latency, requests)
  local asked = 0
  for _, thread in ipairs(threads) do
    asked = asked + thread:get("asked")
  end
  local errors = summary.errors
  io.write(string.format(
    'JSON {{"requests": %d, "duration_us": %d, "bytes": %d, "asked": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}}\\n',
    summary.requests, summary.duration, summary.bytes, asked, errors.connect,
    errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max))
end
"""
# the bytes of an answer's status line and headers, at most
HEADERS_ALLOWANCE = 2048


# -- clips and uploads --------------------------------------------------------


def make_clip(path: Path, seconds: int, size: str, grain: int = 0) -> Path:
    """A test picture with a tone; ``grain`` makes it hard to compress."""
    args = ["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi"]
    args += ["-i", f"testsrc2=size={size}:rate=25", "-f", "lavfi"]
    args += ["-i", "sine=frequency=440:sample_rate=44100", "-t", str(seconds)]
    if grain:
        args += ["-vf", f"noise=alls={grain}:allf=t"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "23"]
    args += ["-pix_fmt", "yuv420p", "-c:a", "aac", str(path)]
    subprocess.run(args, check=True, capture_output=True, timeout=600)
    return path


def make_clips(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "short": make_clip(folder / "briefing.mp4", 4, "640x360"),
        "long": make_clip(folder / "meeting.mp4", LONG_SECONDS, "1280x720", GRAIN),
    }


def create_video(session: requests.Session, portal: str, path: Path, title: str):
    """A Video added over REST with the file in the JSON: its URL."""
    answer = session.post(
        f"{portal}/{COLUMN}",
        json={
            "@type": "Video",
            "title": title,
            "category": "news",
            "original": {
                "data": base64.b64encode(path.read_bytes()).decode(),
                "encoding": "base64",
                "filename": path.name,
                "content-type": "video/mp4",
            },
        },
        timeout=300,
    )
    if answer.status_code != 201:
        raise RuntimeError(f"adding a video: {answer.status_code} {answer.text}")
    return answer.json()["@id"]


def tus_upload(session: requests.Session, portal: str, path: Path, title: str):
    """A Video sent resumably (TUS) in chunks of 8 MB: its URL."""
    size = path.stat().st_size
    metadata = ",".join(
        f"{key} {base64.b64encode(value.encode()).decode()}"
        for key, value in (
            ("filename", path.name),
            ("content-type", "video/mp4"),
            ("@type", "Video"),
        )
    )
    tus = {"Tus-Resumable": "1.0.0"}
    created = session.post(
        f"{portal}/{COLUMN}/@tus-upload",
        headers={**tus, "Upload-Length": str(size), "Upload-Metadata": metadata},
        timeout=60,
    )
    if created.status_code != 201:
        raise RuntimeError(f"@tus-upload: {created.status_code} {created.text}")
    location = created.headers["Location"]
    offset = 0
    with path.open("rb") as data:
        while offset < size:
            data.seek(offset)
            answer = session.patch(
                location,
                data=data.read(TUS_CHUNK),
                headers={
                    **tus,
                    "Upload-Offset": str(offset),
                    "Content-Type": "application/offset+octet-stream",
                },
                timeout=300,
            )
            if answer.status_code != 204:
                raise RuntimeError(f"TUS PATCH: {answer.status_code} {answer.text}")
            offset = int(answer.headers["Upload-Offset"])
    url = answer.headers["Location"]
    changed = session.patch(url, json={"title": title, "category": "news"}, timeout=60)
    if changed.status_code != 204:
        raise RuntimeError(f"titling {url}: {changed.status_code} {changed.text}")
    return url


def facts(session: requests.Session, url: str) -> dict:
    answer = session.get(f"{url}/@video", headers=JSON, timeout=60)
    if answer.status_code != 200:
        raise RuntimeError(f"{url}/@video: {answer.status_code} {answer.text}")
    return answer.json()


def wait_for(session, url: str, states: tuple[str, ...], timeout: float) -> dict:

    def arrived():
        got = facts(session, url)
        return got if got["status"] in states else None

    found = wait(arrived, timeout, interval=0.5)
    if found is None:
        raise RuntimeError(
            f"{url} still {facts(session, url)['status']} after {timeout:.0f} s "
            f"(waiting for {'/'.join(states)})"
        )
    return found


def publish(session: requests.Session, url: str) -> None:
    answer = session.post(f"{url}/@workflow/publish", json={}, timeout=60)
    if answer.status_code != 200:
        raise RuntimeError(f"publishing {url}: {answer.status_code} {answer.text}")


# -- measures ----------------------------------------------------------------


def wrk_ranges(
    url: str, path: str, size: int, seconds: int, home: Path, connections=VIEWERS
) -> dict:
    """``connections`` viewers asking for random ranges of ``path`` on ``url``."""
    script = home / "ranges.lua"
    script.write_text(RANGES_LUA)
    result = subprocess.run(
        [
            shutil.which("wrk") or "/usr/bin/wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            "-s",
            str(script),
            url,
        ],
        env={**os.environ, "WRK_PATH": path, "WRK_SIZE": str(size)},
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
    elapsed = numbers["duration_us"] / 1e6
    numbers["rate"] = numbers["requests"] / elapsed
    numbers["MB/s"] = numbers["bytes"] / elapsed / 1e6
    numbers["errors"] = sum(
        numbers[name] for name in ("connect", "read", "write", "status", "timeout")
    )
    # wrk counts the bytes of answers cut by the end of the run too, never
    # more than asked for plus each answer's headers
    numbers["beyond the ranges"] = max(
        0,
        numbers["bytes"]
        - numbers["asked"]
        - (numbers["requests"] + connections) * HEADERS_ALLOWANCE,
    )
    return numbers


def check_ranges(url: str, data: bytes, count: int = 20) -> int:
    """Random ranges of ``url`` compared with ``data``: the wrong answers."""
    wrong = 0
    session = requests.Session()
    for _ in range(count):
        length = random.randint(SMALLEST_RANGE, LARGEST_RANGE)  # noqa: S311
        first = random.randint(0, len(data) - length)  # noqa: S311
        last = first + length - 1
        answer = session.get(
            url, headers={"Range": f"bytes={first}-{last}"}, timeout=60
        )
        if (
            answer.status_code != 206
            or answer.content != data[first : last + 1]
            or answer.headers.get("Content-Range")
            != f"bytes {first}-{last}/{len(data)}"
        ):
            wrong += 1
    return wrong


def cpu_seconds(group: int) -> float:
    """The CPU time of a process group (the worker, its ffmpeg), so far."""
    ticks = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != group:
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, ProcessLookupError, IndexError):
            continue
        # utime, stime, cutime, cstime (fields 14-17 of proc(5))
        ticks += sum(int(value) for value in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def page_load(url: str, paths: list[str], seconds: int, home: Path) -> dict:
    """wrk's figures for a page, 2 connections, with the machine's load
    average (1 min) at the end: other programs share these cores too."""
    numbers = wrk(url, paths, 2, seconds, home)
    numbers["load average"] = os.getloadavg()[0]
    return numbers


def page_paths(url: str, start: int, count: int = 5000) -> list[str]:
    """A page with a query string of its own each time (no cache could help)."""
    path = urlsplit(url).path
    return [f"{path}?nocache={number}" for number in range(start, start + count)]


# -- the suite ----------------------------------------------------------------


def measure(home: Path, seconds: int) -> dict:
    results: dict = {}
    deployment = Deployment(home=home / "zeo")
    varnish = nginx = None
    with ThreadPoolExecutor(max_workers=1) as pool:
        # the clips are made while the site is created
        making = pool.submit(make_clips, home / "clips")
        try:
            deployment.start_zeo()
            clients = [
                deployment.add_client(name, zope_conf_extra=PRODUCTION)
                for name in ("instance", "instance2")
            ]
            say("creating the site and making the clips")
            deployment.run_script(clients[0], ROOT / "scripts" / "create_site.py")
            for client in clients:
                deployment.start_client(client)
            varnish = start_front(home, deployment, clients)
            deployment.start_worker(clients[0])
            clips = making.result(timeout=900)
            portal = f"{clients[0].url}/hami"
            admin = admin_session()
            results["upload bytes"] = clips["long"].stat().st_size

            # a video's page, the worker idle
            say("a short video, converted and published")
            short = create_video(admin, portal, clips["short"], "干部培训简报")
            wait_for(admin, short, ("ready",), 300)
            publish(admin, short)
            for path in page_paths(short, 0, 20):  # the client's caches warm
                requests.get(f"{clients[0].url}{path}", timeout=60).raise_for_status()
            wrk(clients[0].url, page_paths(short, 0), 2, max(3, seconds // 2), home)
            say("a video's page straight from a client, the worker idle")
            results["idle"] = measured(
                "idle",
                page_load(clients[0].url, page_paths(short, 10_000), seconds, home),
            )

            # ... and while the worker converts the large upload
            say(f"sending a {results['upload bytes'] / 1e6:.0f} MB upload (TUS)")
            started = time.monotonic()
            long = tus_upload(admin, portal, clips["long"], "发改委重点项目推进会")
            results["upload seconds"] = time.monotonic() - started
            publish(admin, long)
            wait_for(admin, long, ("processing",), 120)
            converting = time.monotonic()
            say("the same page while the worker converts it")
            worker = deployment.worker.pid
            cpu = cpu_seconds(worker)
            before = facts(admin, long)["status"]
            busy = page_load(clients[0].url, page_paths(short, 100_000), seconds, home)
            after = facts(admin, long)["status"]
            busy["worker CPU s"] = cpu_seconds(worker) - cpu
            busy["video status"] = f"{before} -> {after}"
            results["busy"] = measured("while converting", busy)
            if (before, after) != ("processing", "processing"):
                say("  !! the measure was not all inside the conversion")
            made = wait_for(admin, long, ("ready", "failed"), 900)
            results["conversion seconds"] = time.monotonic() - converting
            if made["status"] != "ready":
                raise RuntimeError(f"the large upload failed: {made}")
            say(f"  converted in about {results['conversion seconds']:.0f} s")
            results["idle after"] = measured(
                "idle again",
                page_load(clients[0].url, page_paths(short, 200_000), seconds, home),
            )

            # 20 viewers: Varnish vs nginx vs one Zope client
            largest = max(made["sources"], key=lambda source: source["lines"])
            size = largest["size"]
            split = urlsplit(largest["url"])
            path = f"{split.path}?{split.query}"
            results["video"] = {"lines": largest["lines"], "bytes": size}
            say(f"the {largest['lines']}p MP4: {size / 1e6:.1f} MB")
            started = time.monotonic()
            full = requests.get(f"{varnish.url}{path}", timeout=300)
            results["cold GET seconds"] = time.monotonic() - started
            if full.status_code != 200 or len(full.content) != size:
                raise RuntimeError(
                    f"GET through Varnish: {full.status_code}, "
                    f"{len(full.content)} of {size} bytes, {full.headers}"
                )
            data = full.content
            (home / "www").mkdir()
            # front.py's nginx answers every path with home.html: here the MP4
            (home / "www" / "home.html").write_bytes(data)
            nginx = Nginx(home / "nginx", home / "www")
            nginx.start()
            targets = {
                "nginx": f"http://127.0.0.1:{nginx.port}",
                "Varnish": varnish.url,
                "Zope client": clients[0].url,
            }
            cached = requests.get(
                f"{varnish.url}{path}", headers={"Range": "bytes=0-99"}, timeout=60
            )
            results["X-Cache"] = cached.headers.get("X-Cache")
            say(
                f"  through Varnish once in {results['cold GET seconds']:.1f} s; "
                f"then X-Cache {results['X-Cache']}, "
                f"Cache-Control {cached.headers.get('Cache-Control')}"
            )
            wrong = {
                name: check_ranges(f"{url}{path}", data)
                for name, url in targets.items()
            }
            say(f"{VIEWERS} viewers, ranges of 1-2 MB at random offsets")
            for name, url in targets.items():
                counters = varnish_counters(varnish)
                numbers = wrk_ranges(url, path, size, seconds, home)
                numbers["wrong of 20 checked"] = wrong[name]
                if name == "Varnish":
                    now = varnish_counters(varnish)
                    hits = now["cache_hit"] - counters["cache_hit"]
                    misses = sum(
                        now.get(counter, 0) - counters.get(counter, 0)
                        for counter in NOT_FROM_THE_CACHE
                    )
                    numbers["misses"] = misses
                    numbers["hit ratio"] = hits / max(1, hits + misses)
                results[name] = measured(name, numbers)
        finally:
            for service in (varnish, nginx):
                if service is not None:
                    service.stop()
            deployment.stop()
    return results


def report(results: dict, seconds: int, took: float) -> None:
    cores = os.cpu_count()
    nginx, varnish, zope = (
        results[name] for name in ("nginx", "Varnish", "Zope client")
    )
    idle, busy, again = (results[name] for name in ("idle", "busy", "idle after"))
    video = results["video"]
    print(f"\nVideo on demand on {cores} cores, wrk {seconds} s per measure\n")
    rows = [
        (
            f"the {video['lines']}p MP4 read",
            f"{video['bytes'] / 1e6:.1f} MB ({video['bytes']:,} bytes), converted "
            f"from a {LONG_SECONDS} s upload of "
            f"{results['upload bytes'] / 1e6:.0f} MB "
            f"(sent by TUS in {results['upload seconds']:.0f} s, "
            f"converted in ~{results['conversion seconds']:.0f} s)",
            "",
        )
    ]
    for name, numbers in (
        ("nginx", nginx),
        ("Varnish", varnish),
        ("one Zope client, uncached", zope),
    ):
        extra = ""
        if "hit ratio" in numbers:
            extra = (
                f", hit ratio {numbers['hit ratio']:.2%} ({numbers['misses']} misses)"
            )
        rows.append((
            f"{VIEWERS} viewers, 1-2 MB ranges: {name}",
            f"{numbers['MB/s']:,.0f} MB/s, {numbers['rate']:,.1f} req/s, "
            f"p50 {numbers['p50_us'] / 1000:.1f} ms, "
            f"p95 {numbers['p95_us'] / 1000:.1f} ms, "
            f"{numbers['errors']} errors, "
            f"{numbers['beyond the ranges']:,} bytes beyond the ranges, "
            f"{numbers['wrong of 20 checked']}/20 sample ranges wrong{extra}",
            ""
            if name == "nginx"
            else f"{numbers['MB/s'] / nginx['MB/s']:.2f}x nginx"
            + (" (>= 0.5)" if name == "Varnish" else ""),
        ))
    # against the better of the two idle measures (before and after)
    p50 = busy["p50_us"] / min(idle["p50_us"], again["p50_us"])
    p95 = busy["p95_us"] / min(idle["p95_us"], again["p95_us"])
    rows += [
        (
            "a video's page straight from a client, 2 connections",
            f"idle: {idle['rate']:.1f} req/s, p50 {idle['p50_us'] / 1000:.0f} ms, "
            f"p95 {idle['p95_us'] / 1000:.0f} ms (load {idle['load average']:.1f}); "
            f"while converting ({busy['video status']}, the worker "
            f"{busy['worker CPU s']:.1f} CPU s): {busy['rate']:.1f} req/s, "
            f"p50 {busy['p50_us'] / 1000:.0f} ms, p95 {busy['p95_us'] / 1000:.0f} ms "
            f"(load {busy['load average']:.1f}); idle again: "
            f"p50 {again['p50_us'] / 1000:.0f} ms, "
            f"p95 {again['p95_us'] / 1000:.0f} ms (load {again['load average']:.1f})",
            f"busy/idle (the better idle): p50 {p50:.2f}x, p95 {p95:.2f}x (<= 1.5)",
        ),
    ]
    for name, numbers, ratio in rows:
        print(f"{name}\n    {numbers}\n    {ratio}".rstrip())
    print(f"\n(the suite took {took / 60:.1f} min)")


def main(seconds: int = 10) -> dict:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hami-bench-video-") as directory:
        home = Path(directory)
        home.chmod(0o755)
        results = measure(home, seconds)
    report(results, seconds, time.monotonic() - started)
    return results
