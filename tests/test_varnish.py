"""The production front: Debian's Varnish with the portal's VCL, two clients.

Varnish runs with profiles/varnish/hami.vcl.in in front of the two clients
configured like production's (trusted proxy); the site's purges go to it, as
`make start PROFILE=production` arranges with CACHE_PROXY.
"""

from cases import admin_session
from cases import case_url
from cases import JSON
from cases import send_letter
from conftest import create_user
from hami.policy.testing import video_clip
from services import Varnish
from services import wait

import base64
import pytest
import requests
import socket
import uuid


PURGING = "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies"


@pytest.fixture(scope="module")
def front(deployment, proxied, portal_url):
    ports = tuple(int(url.split(":")[2].split("/")[0]) for url in proxied)
    varnish = Varnish(home=deployment.home / "varnish", backends=ports)
    varnish.start()
    admin = admin_session()
    response = admin.patch(
        f"{portal_url}/@registry",
        json={PURGING: [f"http://127.0.0.1:{varnish.port}"]},
        timeout=60,
    )
    assert response.status_code == 204, response.text
    # the probes see both clients before the tests begin
    wait(lambda: requests.get(f"{varnish.url}/ok", timeout=10).ok, timeout=30)
    yield varnish
    admin.patch(f"{portal_url}/@registry", json={PURGING: []}, timeout=60)
    varnish.stop()


def get(url, **kwargs):
    return requests.get(url, timeout=60, **kwargs)


@pytest.mark.parametrize(
    "path",
    [
        "/hami/zh-cn",
        "/hami/ug/departments/fgw",
        "/hami/zh-cn/departments/fgw/news",
        "/hami/kk/@@service-hall",
        "/hami/zh-cn/@@letters",
        "/hami/zh-cn/departments/fgw/news/RSS",
        "/hami/sitemap.xml.gz",
    ],
)
def test_anonymous_second_request_is_a_hit(front, path):
    first = get(f"{front.url}{path}")
    assert first.status_code == 200
    second = get(f"{front.url}{path}")
    assert second.status_code == 200
    assert second.headers["X-Cache"] == "HIT", second.headers
    assert second.text == first.text


def test_editor_is_never_served_from_the_cache_nor_fills_it(front, portal_url):
    username = f"front-editor-{uuid.uuid4().hex[:6]}"
    password = create_user(portal_url, username, ("fgw-editors",))
    path = "/hami/zh-cn/departments/fgw"
    get(f"{front.url}{path}")  # in the cache for citizens
    editor = get(f"{front.url}{path}", auth=(username, password))
    assert editor.headers["X-Cache"] == "PASS"
    assert "private" in editor.headers["Cache-Control"]
    assert username in editor.text  # the editor's own page, with the toolbar
    citizen = get(f"{front.url}{path}")
    assert citizen.headers["X-Cache"] == "HIT"
    assert username not in citizen.text


def test_a_published_news_item_is_on_the_cached_home_page_at_once(front, portal_url):
    home = f"{front.url}/hami/zh-cn"
    get(home)
    assert get(home).headers["X-Cache"] == "HIT"
    title = f"哈密市冬季供暖保障通知{uuid.uuid4().hex[:6]}"
    admin = admin_session()
    created = admin.post(
        f"{portal_url}/zh-cn/departments/fgw/news",
        json={"@type": "News Item", "title": title},
        timeout=60,
    )
    assert created.status_code == 201, created.text
    published = admin.post(
        f"{created.json()['@id']}/@workflow/publish", json={}, timeout=60
    )
    assert published.status_code == 200, published.text
    assert wait(lambda: title in get(home).text, timeout=2.0)
    assert get(home).headers["X-Cache"] in ("MISS", "HIT")


def test_staff_pages_with_personal_data_are_never_stored(front, portal_url):
    codes = send_letter(portal_url, name="赵秘密")
    url = case_url(portal_url, codes["tracking_number"])
    path = url.split(":", 2)[2].split("/", 1)[1]
    office = f"front-office-{uuid.uuid4().hex[:6]}"
    password = create_user(portal_url, office, ("mailbox-editors",))
    for _twice in range(2):
        page = get(f"{front.url}/{path}", auth=(office, password))
        assert page.status_code == 200
        assert "赵秘密" in page.text
        assert page.headers["X-Cache"] == "PASS"
        assert "no-store" in page.headers["Cache-Control"]
    anonymous = get(f"{front.url}/{path}", allow_redirects=False)
    assert "赵秘密" not in anonymous.text
    assert anonymous.headers.get("X-Cache") != "HIT"


def test_forms_with_tokens_and_status_lookups_are_not_cached(front):
    for path in ("/hami/zh-cn/@@write-letter", "/hami/zh-cn/@@letter-status"):
        get(f"{front.url}{path}")
        again = get(f"{front.url}{path}")
        assert again.headers["X-Cache"] != "HIT", path
    status = get(
        f"{front.url}/hami/@letters/status",
        params={"tracking_number": "XJ000000-AAAAAA", "query_code": "0"},
        headers=JSON,
    )
    assert status.headers["X-Cache"] != "HIT"


def raw(port: int, method: str, path: str, source: str) -> int:
    """A request from a chosen loopback address; its status."""
    with socket.create_connection(("127.0.0.1", port), source_address=(source, 0)) as s:
        s.sendall(f"{method} {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        return int(s.recv(4096).split(b" ", 2)[1])


def test_purge_is_answered_only_from_this_machine(front):
    path = "/hami/en"
    get(f"{front.url}{path}")
    assert raw(front.port, "PURGE", path, "127.0.0.2") == 405
    assert get(f"{front.url}{path}").headers["X-Cache"] == "HIT"
    assert raw(front.port, "PURGE", path, "127.0.0.1") == 200
    assert get(f"{front.url}{path}").headers["X-Cache"] == "MISS"


def test_a_stopped_client_leaves_the_rotation_and_the_portal_answers(front, deployment):
    second = deployment.clients["proxied2"]
    cached = f"{front.url}/hami/kk"
    get(cached)
    deployment.stop_client(second)
    try:
        # the probes take it out within three failed probes of 5 s
        statuses = [
            get(
                f"{front.url}/hami/zh-cn/@@search", params={"SearchableText": n}
            ).status_code
            for n in range(20)
        ]
        assert statuses == [200] * 20  # the other client answers, at once
        assert wait(
            lambda: all(
                get(
                    f"{front.url}/hami/zh-cn/@@search",
                    params={"SearchableText": f"x{n}"},
                ).status_code
                == 200
                for n in range(6)
            ),
            timeout=30,
        )
        # with both gone, what is cached is still served (grace)
        first = deployment.clients["proxied"]
        deployment.stop_client(first)
        try:
            stale = get(cached)
            assert stale.status_code == 200
            assert stale.headers["X-Cache"].startswith("HIT")
        finally:
            deployment.start_client(first)
    finally:
        deployment.start_client(second)
    assert get(f"{front.url}/hami/zh-cn/@@search", params={"SearchableText": "y"}).ok


def test_letters_through_the_front(front):
    response = requests.post(
        f"{front.url}/hami/@letters",
        json={
            "letter_type": "consultation",
            "addressed_to": "mailbox",
            "title": "经缓存前端的信件",
            "body": f"这封信经过缓存前端。{uuid.uuid4().hex}",
            "name": "测试",
            "phone": "13900001111",
            "publish_consent": False,
        },
        headers={**JSON, "X-Forwarded-For": "10.77.0.1"},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    assert response.headers["X-Cache"] == "PASS"


def test_a_video_made_internal_leaves_the_cache(front, portal_url, tmp_path):
    """A public video's files are kept in the front; once the video becomes
    internal reference, its files are purged and refused to the public."""
    clip = video_clip(tmp_path / "clip.mp4", size="320x180", audio=False)
    admin = admin_session()
    created = admin.post(
        f"{portal_url}/zh-cn/departments/fgw/news",
        json={
            "@type": "Video",
            "title": "缓存测试视频",
            "category": "news",
            "original": {
                "data": base64.b64encode(clip.read_bytes()).decode(),
                "encoding": "base64",
                "filename": "clip.mp4",
                "content-type": "video/mp4",
            },
        },
        timeout=60,
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    facts = wait(
        lambda: (
            answer
            if (answer := admin.get(f"{url}/@video", timeout=60).json())["status"]
            in ("ready", "failed")
            else None
        ),
        timeout=180,
        interval=1,
    )
    assert facts and facts["status"] == "ready", facts
    assert admin.post(f"{url}/@workflow/publish", json={}, timeout=60).ok
    source = facts["sources"][0]["url"]
    through_front = front.url + source.split(portal_url.rsplit("/hami", 1)[0], 1)[1]
    first = get(through_front, headers={"Range": "bytes=0-99"})
    assert first.status_code == 206
    second = get(through_front, headers={"Range": "bytes=0-99"})
    assert second.status_code == 206
    assert second.headers["X-Cache"].startswith("HIT")

    assert (
        admin.patch(url, json={"category": "internal"}, timeout=60).status_code == 204
    )
    refused = wait(
        lambda: (
            get(through_front, allow_redirects=False).status_code in (302, 401, 404)
        ),
        timeout=30,
    )
    assert refused, "the file is still served from the cache"
    answer = get(through_front, allow_redirects=False, headers={"Range": "bytes=0-99"})
    assert answer.status_code != 206
