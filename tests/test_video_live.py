"""Live broadcasts on the real deployment: ffmpeg streams HLS from a server on
loopback (another origin, as SRS or nginx-rtmp would be), a citizen watches
in Chromium under the portal's Content-Security-Policy, the home page says
"Live now", and the page turns to "Ended" by itself when the stream ends. A
broadcast still to come counts down."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from deployment import ADMIN_PASSWORD
from functools import partial
from http.server import SimpleHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import requests
import signal
import subprocess
import threading
import time


DEPARTMENT = "zh-cn/departments/fgw"
REPORTS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""
LIVE_STATE = ".live-state[data-state='{}']"


class StreamHandler(SimpleHTTPRequestHandler):
    """What a streaming server answers: HLS types, any origin may read."""

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".m3u8": "application/vnd.apple.mpegurl",
        ".ts": "video/mp2t",
    }

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def stream_server(tmp_path) -> Iterator[tuple[str, Path]]:
    """An HTTP server on 127.0.0.1 (a free port): its URL and its directory."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(StreamHandler, directory=str(tmp_path))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()


def start_ffmpeg(directory: Path) -> subprocess.Popen:
    """A live HLS stream of a test picture and a tone, 60 s at most."""
    log = (directory / "ffmpeg.log").open("wb")
    return subprocess.Popen(
        [  # noqa: S607
            "ffmpeg",
            "-nostdin",
            "-loglevel",
            "error",
            "-re",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=640x360:rate=25",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440",
            "-t",
            "60",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-tune",
            "zerolatency",
            "-pix_fmt",
            "yuv420p",
            "-g",
            "25",
            "-c:a",
            "aac",
            "-f",
            "hls",
            "-hls_time",
            "1",
            "-hls_list_size",
            "6",
            "-hls_flags",
            "delete_segments+temp_file",
            str(directory / "live.m3u8"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def stop_ffmpeg(process: subprocess.Popen) -> None:
    """Gracefully (SIGINT: the playlist gets #EXT-X-ENDLIST), then for sure."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def wait_for_segments(playlist: Path, process: subprocess.Popen, count: int = 3):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "ffmpeg stopped"
        if playlist.exists() and playlist.read_text().count("#EXTINF") >= count:
            return
        time.sleep(0.2)
    raise TimeoutError("ffmpeg wrote no playlist")


@pytest.fixture(scope="module")
def admin_session(deployment) -> requests.Session:
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers["Accept"] = "application/json"
    return session


@pytest.fixture(scope="module")
def column(portal_url, admin_session) -> Iterator[str]:
    """A column of broadcasts in a department (removed afterwards)."""
    response = admin_session.post(
        f"{portal_url}/{DEPARTMENT}",
        json={"@type": "Column", "id": "live-broadcasts", "title": "视频直播"},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    yield url
    admin_session.delete(url, timeout=60)


def broadcast(
    admin_session, column: str, title: str, start: datetime, hls_url: str
) -> str:
    """A published LiveEvent of an hour from ``start``: its URL."""
    response = admin_session.post(
        column,
        json={
            "@type": "LiveEvent",
            "title": title,
            "start": start.isoformat(),
            "end": (start + timedelta(hours=1)).isoformat(),
            "hls_url": hls_url,
        },
        timeout=60,
    )
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    response = admin_session.post(f"{url}/@workflow/publish", timeout=60)
    assert response.status_code == 200, response.text
    return url


@pytest.fixture
def watched(browser):
    """An anonymous visitor's browser that records what the CSP blocks."""
    context = browser.new_context(locale="zh-CN")
    context.add_init_script(REPORTS)
    blocked: list[str] = []

    def console(message):
        if message.type == "error" and "Content Security Policy" in message.text:
            blocked.append(message.text)

    context.on("console", console)
    yield context, blocked
    context.close()


def violations(page, blocked: list[str]) -> list[str]:
    return page.evaluate("window.__violations") + blocked


def test_a_broadcast_to_come_counts_down(
    portal_url, column, admin_session, watched, stream_server
):
    base, _directory = stream_server
    url = broadcast(
        admin_session,
        column,
        "全区冬季安全生产工作会议（直播预告）",
        datetime.now(UTC) + timedelta(hours=1),
        f"{base}/later.m3u8",
    )
    context, blocked = watched
    page = context.new_page()
    response = page.goto(url, wait_until="load", timeout=60000)
    assert base in response.headers["content-security-policy"]
    page.locator(LIVE_STATE.format("upcoming")).wait_for(timeout=10000)
    countdown = page.locator(".live-countdown-value")
    page.wait_for_function(
        "() => /^00:(59|60):\\d\\d$/.test("
        "document.querySelector('.live-countdown-value').textContent)",
        timeout=10000,
    )
    first = countdown.text_content()
    page.wait_for_timeout(1500)
    assert countdown.text_content() != first  # the script counts
    assert page.locator(".live-player").is_hidden()
    assert violations(page, blocked) == []
    # not on the home page: it is not live
    page.goto(f"{portal_url}/zh-cn", wait_until="load", timeout=60000)
    live_now = page.locator("#hami-live-now")
    assert not live_now.count() or "直播预告" not in live_now.inner_text()


def test_a_live_broadcast_plays_and_ends(
    portal_url, column, admin_session, watched, stream_server
):
    base, directory = stream_server
    ffmpeg = start_ffmpeg(directory)
    try:
        wait_for_segments(directory / "live.m3u8", ffmpeg)
        title = "全区干部大会（现场直播）"
        url = broadcast(
            admin_session,
            column,
            title,
            datetime.now(UTC) - timedelta(minutes=1),
            f"{base}/live.m3u8",
        )
        context, blocked = watched
        page = context.new_page()
        page.goto(url, wait_until="load", timeout=60000)
        page.locator(LIVE_STATE.format("live")).wait_for(timeout=10000)
        # hls.js (not the browser's own HLS) plays the stream from the other origin
        page.wait_for_function(
            "() => document.querySelector('video.live-video').currentTime > 1",
            timeout=45000,
        )
        assert page.evaluate("() => typeof window.Hls === 'function'")
        assert page.locator("video.live-video").get_attribute("src").startswith("blob:")
        assert violations(page, blocked) == []

        home = context.new_page()
        home.goto(f"{portal_url}/zh-cn", wait_until="load", timeout=60000)
        live_now = home.locator("#hami-live-now")
        assert title in live_now.inner_text()
        assert live_now.locator("a").first.get_attribute("href") == url
        home.close()

        # the streaming server ends the stream: the page says so by itself
        stop_ffmpeg(ffmpeg)
        assert "#EXT-X-ENDLIST" in (directory / "live.m3u8").read_text()
        page.locator(LIVE_STATE.format("ended")).wait_for(timeout=60000)
        assert page.locator(".live-ended").is_visible()
        assert page.locator(".live-player").is_hidden()
        assert violations(page, blocked) == []
    finally:
        stop_ffmpeg(ffmpeg)
