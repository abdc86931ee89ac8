"""Video on demand, on the real deployment: a department's webmaster uploads a
recording in the edit form, the worker converts it with ffmpeg, a citizen plays
it in Chromium (seeking answered with 206), captions in Uyghur right to left; a
resumable (TUS) upload; internal reference refused to the public on every URL;
a damaged upload ends *failed* with the reason; files that are not videos are
refused with a message."""

from __future__ import annotations

from conftest import create_user
from conftest import login
from hami.policy.testing import video_clip
from pathlib import Path

import base64
import pytest
import requests
import time


UG_CUE = "ھەممەيلەنگە سالام، بۈگۈنكى يىغىن باشلاندى"
ZH_CUE = "大家好，今天的会议现在开始"
COLUMN = "zh-cn/departments/fgw/news"


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    clip = video_clip(folder / "meeting.mp4", 30, size="1280x720", grain=True)
    plain = video_clip(folder / "training.mp4", 30, size="1280x720")
    short = video_clip(folder / "briefing.mp4", 4, size="640x360")
    corrupt = folder / "damaged.mp4"
    corrupt.write_bytes(plain.read_bytes()[:200_000])  # the index (moov) is lost
    not_video = folder / "report.mp4"
    not_video.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" * 50)
    ug = folder / "ug.vtt"
    ug.write_text(
        f"WEBVTT\n\n00:00:00.000 --> 00:00:30.000\n{UG_CUE}\n", encoding="utf-8"
    )
    zh = folder / "zh.vtt"
    zh.write_text(
        f"WEBVTT\n\n00:00:00.000 --> 00:00:30.000\n{ZH_CUE}\n", encoding="utf-8"
    )
    return {
        "clip": clip,
        "plain": plain,
        "short": short,
        "corrupt": corrupt,
        "not_video": not_video,
        "ug": ug,
        "zh": zh,
    }


@pytest.fixture(scope="module")
def webmaster(portal_url) -> tuple[str, str]:
    return "video-webmaster", create_user(
        portal_url, "video-webmaster", ("fgw-editors",)
    )


def file_json(path: Path, content_type: str) -> dict:
    return {
        "data": base64.b64encode(path.read_bytes()).decode(),
        "encoding": "base64",
        "filename": path.name,
        "content-type": content_type,
    }


def wait_for(admin, url: str, states=("ready", "failed"), timeout=240) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = admin.get(f"{url}/@video", timeout=60)
        assert answer.status_code == 200, answer.text
        if answer.json()["status"] in states:
            return answer.json()
        time.sleep(1)
    raise AssertionError(f"{url} still {answer.json()['status']} after {timeout}s")


def wait_js(page, expression: str, timeout: float = 30_000) -> None:
    """Wait until ``expression`` is true in the page. (Playwright's
    wait_for_function compiles its predicate with eval, which the portal's
    Content-Security-Policy forbids on citizens' pages.)"""
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, (
            f"still false after {timeout} ms: {expression}"
        )
        time.sleep(0.2)


def publish(admin, url: str) -> str:
    response = admin.post(f"{url}/@workflow/publish", json={}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()["review_state"]


def create(admin, portal_url, path: Path, **fields) -> requests.Response:
    return admin.post(
        f"{portal_url}/{COLUMN}",
        json={"@type": "Video", "original": file_json(path, "video/mp4"), **fields},
        timeout=120,
    )


def test_upload_in_the_form_convert_and_play(
    browser, portal_url, admin, clips, webmaster, output_dir
):
    # The department's webmaster uploads the recording (28 MB) in the add
    # form: it goes resumably, in chunks, with a progress bar, and the
    # browser lands on the new video with everything the form said.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    tus = []
    page.on(
        "request",
        lambda request: (
            tus.append(request.method) if "@tus-upload" in request.url else None
        ),
    )
    login(page, portal_url, *webmaster)
    page.goto(f"{portal_url}/{COLUMN}/++add++Video")
    page.fill("#form-widgets-IBasic-title", "发改委重点项目推进会")
    page.select_option("#form-widgets-category", "meeting")
    page.fill("#form-widgets-speakers", "张伟\n阿不都热合曼")
    page.set_input_files("#form-widgets-original-input", str(clips["clip"]))
    page.set_input_files("#form-widgets-captions_ug-input", str(clips["ug"]))
    page.set_input_files("#form-widgets-captions_zh-input", str(clips["zh"]))
    with page.expect_navigation(timeout=120_000):
        page.click("#form-buttons-save")
    assert tus.count("PATCH") >= 4  # 28 MB in chunks of 8 MB
    url = page.url.split("?")[0].removesuffix("/view")
    assert page.locator("h1").inner_text() == "发改委重点项目推进会"
    # the page says the video is being converted; then shows it by itself
    page.wait_for_selector(".hami-video video", timeout=240_000)
    context.close()
    facts = wait_for(admin, url)
    item = admin.get(url, timeout=60).json()
    assert item["speakers"] == ["张伟", "阿不都热合曼"]
    assert item["category"]["token"] == "meeting"  # noqa: S105 - a vocabulary token
    assert item["captions_ug"]["filename"] == "ug.vtt"
    assert facts["status"] == "ready", facts
    assert [source["lines"] for source in facts["sources"]] == [360, 720]
    assert 29 <= facts["duration"] <= 31
    assert publish(admin, url) == "published"

    # A citizen plays it: the picture moves, seeking asks for a range (206).
    context = browser.new_context(
        locale="zh-CN", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    ranges = []
    page.on(
        "response",
        lambda response: (
            ranges.append((response.status, response.request.headers.get("range")))
            if ".mp4" in response.url
            else None
        ),
    )
    page.goto(url)
    video = page.locator(".hami-video video")
    page.evaluate("document.querySelector('.hami-video video').muted = true")
    page.evaluate("document.querySelector('.hami-video video').play()")
    wait_js(
        page,
        "document.querySelector('.hami-video video').currentTime > 1.5",
        timeout=60_000,
    )
    assert "720" in video.evaluate("v => v.currentSrc")  # a wide screen gets 720p
    # the Chinese captions (the page's language) show first
    overlay = page.locator(".video-captions")
    wait_js(
        page,
        "document.querySelector('.video-captions').textContent.length > 0",
        timeout=30_000,
    )
    assert overlay.inner_text() == ZH_CUE
    assert overlay.get_attribute("dir") == "ltr"

    ranges.clear()
    page.evaluate("document.querySelector('.hami-video video').currentTime = 20")
    wait_js(
        page,
        "document.querySelector('.hami-video video').currentTime >= 20.5",
        timeout=60_000,
    )
    # a range from far into the file, not the whole file again
    assert any(
        status == 206 and int((header or "bytes=0-")[6:].split("-")[0]) > 1_000_000
        for status, header in ranges
    ), ranges

    # Uyghur captions, right to left
    page.click(".video-caption-choice button[data-language='ug']")
    wait_js(
        page,
        f"document.querySelector('.video-captions').textContent === {UG_CUE!r}",
        timeout=30_000,
    )
    assert overlay.get_attribute("dir") == "rtl"
    assert overlay.evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.screenshot(path=output_dir / "video-playing-ug-captions.png")

    # the smaller size for a phone, picked by the button, keeps the position
    page.click(".video-sizes button[data-lines='360']")
    wait_js(
        page,
        "document.querySelector('.hami-video video').currentSrc.includes('360p')",
        timeout=30_000,
    )
    context.close()

    # phones start with 360p
    phone = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 800})
    page = phone.new_page()
    page.goto(url)
    wait_js(
        page,
        "document.querySelector('.hami-video video').currentSrc.includes('360p')",
        timeout=30_000,
    )
    phone.close()

    # the original upload is its editors' only
    for address in (f"{url}/@@download/original", f"{url}/@@display-file/original"):
        answer = requests.get(address, allow_redirects=False, timeout=60)
        assert answer.status_code in (401, 403, 404) or (
            answer.status_code == 302 and "login" in answer.headers["Location"]
        ), address
    assert (
        "original"
        not in requests.get(
            url, headers={"Accept": "application/json"}, timeout=60
        ).json()
    )

    # a range request without a browser: 206 with the slice asked for
    answer = requests.get(
        facts["sources"][0]["url"], headers={"Range": "bytes=1000-1999"}, timeout=60
    )
    assert answer.status_code == 206
    assert len(answer.content) == 1000
    assert answer.headers["Content-Range"].startswith("bytes 1000-1999/")


def test_small_upload_in_the_form_and_a_wrong_caption_file(
    browser, portal_url, admin, clips, webmaster
):
    """A small file goes with the form itself; a caption file that is not
    WebVTT is refused with a message in the page's language, nothing is
    created, and the form keeps what was typed."""
    before = admin.get(f"{portal_url}/{COLUMN}", timeout=60).json()["items_total"]
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, *webmaster)
    page.goto(f"{portal_url}/{COLUMN}/++add++Video")
    page.fill("#form-widgets-IBasic-title", "安全教育短片")
    page.set_input_files("#form-widgets-original-input", str(clips["short"]))
    page.set_input_files("#form-widgets-captions_ug-input", str(clips["not_video"]))
    with page.expect_navigation():
        page.click("#form-buttons-save")
    error = page.locator("#formfield-form-widgets-captions_ug .invalid-feedback")
    assert error.inner_text() == "字幕文件不是 WebVTT 格式：文件第一行必须是 WEBVTT。"
    assert page.locator("#form-widgets-IBasic-title").input_value() == "安全教育短片"
    assert (
        admin.get(f"{portal_url}/{COLUMN}", timeout=60).json()["items_total"] == before
    )
    # the video sent is kept by the form: only the caption file is chosen again
    assert page.locator("#form-widgets-original-nochange").is_checked()
    page.click(".autotoc-nav a:has-text('字幕')")  # the Captions tab
    page.check("#form-widgets-captions_ug-replace")
    page.set_input_files("#form-widgets-captions_ug-input", str(clips["ug"]))
    with page.expect_navigation():
        page.click("#form-buttons-save")
    url = page.url.split("?")[0].removesuffix("/view")
    assert "++add++" not in url
    assert wait_for(admin, url)["status"] == "ready"
    context.close()


def test_resumable_upload(portal_url, admin, clips):
    data = clips["plain"].read_bytes()
    metadata = ",".join(
        f"{key} {base64.b64encode(value.encode()).decode()}"
        for key, value in (
            ("filename", "training.mp4"),
            ("content-type", "video/mp4"),
            ("@type", "Video"),
        )
    )
    headers = {"Tus-Resumable": "1.0.0", "Upload-Metadata": metadata}
    created = admin.post(
        f"{portal_url}/{COLUMN}/@tus-upload",
        headers={**headers, "Upload-Length": str(len(data))},
        timeout=60,
    )
    assert created.status_code == 201, created.text
    location = created.headers["Location"]
    offset, chunk = 0, 256 * 1024
    while offset < len(data):
        piece = data[offset : offset + chunk]
        answer = admin.patch(
            location,
            data=piece,
            headers={
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
            timeout=60,
        )
        assert answer.status_code == 204, answer.text
        offset = int(answer.headers["Upload-Offset"])
        if offset < len(data):
            # resumable: the server says where it is
            head = admin.head(location, headers={"Tus-Resumable": "1.0.0"}, timeout=60)
            assert int(head.headers["Upload-Offset"]) == offset
    url = answer.headers["Location"]
    assert (
        admin.patch(
            url, json={"title": "干部培训第一讲", "category": "training"}, timeout=60
        ).status_code
        == 204
    )
    facts = wait_for(admin, url)
    assert facts["status"] == "ready", facts
    assert facts["category"] == "training"

    # an announcement that cannot be read is refused with a message, not a 500
    for metadata in ("filename abc", "filename /w==", "a b c"):
        odd = admin.post(
            f"{portal_url}/{COLUMN}/@tus-upload",
            headers={
                **headers,
                "Upload-Length": "100",
                "Upload-Metadata": metadata,
                "Accept-Language": "zh-CN",
            },
            timeout=60,
        )
        assert odd.status_code == 400, (metadata, odd.text)
        assert "Upload-Metadata" in odd.json()["error"]["message"]

    # a video larger than the setting is refused before a byte is sent
    too_large = admin.post(
        f"{portal_url}/{COLUMN}/@tus-upload",
        headers={
            **headers,
            "Upload-Length": str(3 * 1024**3),
            "Accept-Language": "zh-CN",
        },
        timeout=60,
    )
    assert too_large.status_code == 413
    assert "2048 MB" in too_large.json()["error"]["message"]


def test_internal_reference_is_for_staff_only(portal_url, admin, clips, webmaster):
    created = create(
        admin,
        portal_url,
        clips["short"],
        title="内参：边境形势通报",
        category="internal",
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    facts = wait_for(admin, url)
    assert facts["status"] == "ready"
    assert publish(admin, url) == "internal"
    urls = [
        url,
        f"{url}/view",
        f"{url}/@@video-status",
        f"{url}/@@display-file/mp4_360",
        f"{url}/@@download/mp4_360",
        f"{url}/@@download/original",
        f"{url}/@@display-file/frame",
        f"{url}/@@display-file/thumbnails",
        facts["sources"][0]["url"],
    ]
    for address in urls:
        answer = requests.get(
            address, allow_redirects=False, timeout=60, headers={"Range": "bytes=0-99"}
        )
        assert answer.status_code in (401, 404) or (
            answer.status_code == 302 and "login" in answer.headers["Location"]
        ), (address, answer.status_code)
        assert answer.status_code != 206
    rest = requests.get(url, headers={"Accept": "application/json"}, timeout=60)
    assert rest.status_code in (401, 404)
    rest = requests.get(
        f"{url}/@video", headers={"Accept": "application/json"}, timeout=60
    )
    assert rest.status_code in (401, 404)
    # not in search, the video centre, the sitemap or feeds
    search = requests.get(
        f"{portal_url}/zh-cn/@search",
        params={"SearchableText": "边境形势通报"},
        headers={"Accept": "application/json"},
        timeout=60,
    ).json()
    assert search["items_total"] == 0
    assert (
        "边境形势通报"
        not in requests.get(f"{portal_url}/zh-cn/@@videos", timeout=60).text
    )
    assert (
        url
        not in requests.get(
            f"{portal_url}/zh-cn/search",
            params={"SearchableText": "边境形势通报"},
            timeout=60,
        ).text
    )
    sitemap = requests.get(f"{portal_url}/sitemap.xml.gz", timeout=60)
    assert url.encode() not in (sitemap.content if sitemap.status_code == 200 else b"")
    # staff see it
    staff = requests.Session()
    staff.auth = webmaster
    assert staff.get(url, timeout=60).status_code == 200
    answer = staff.get(
        facts["sources"][0]["url"], headers={"Range": "bytes=0-99"}, timeout=60
    )
    assert answer.status_code == 206
    assert "private" in answer.headers.get(
        "Cache-Control", ""
    ) or "no-store" in answer.headers.get("Cache-Control", "")
    # made public again, it is public
    assert admin.patch(url, json={"category": "news"}, timeout=60).status_code == 204
    assert requests.get(url, timeout=60).status_code == 200


def test_damaged_upload_fails_with_a_reason(portal_url, admin, clips):
    created = create(admin, portal_url, clips["corrupt"], title="损坏的录像")
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    facts = wait_for(admin, url)
    assert facts["status"] == "failed"
    assert facts["reason"]
    page = admin.get(
        url, headers={"Accept": "text/html", "Accept-Language": "zh-CN"}, timeout=60
    )
    assert page.status_code == 200
    assert "video-failed" in page.text
    assert facts["reason"] in page.text


def test_not_a_video_is_refused(portal_url, admin, clips):
    before = admin.get(f"{portal_url}/{COLUMN}", timeout=60).json()["items_total"]
    answer = admin.post(
        f"{portal_url}/{COLUMN}",
        json={
            "@type": "Video",
            "title": "伪装的文件",
            "original": file_json(clips["not_video"], "video/mp4"),
        },
        headers={"Accept-Language": "zh-CN"},
        timeout=60,
    )
    assert answer.status_code == 400, answer.text
    assert "application/pdf" in answer.text
    assert (
        admin.get(f"{portal_url}/{COLUMN}", timeout=60).json()["items_total"] == before
    )
    bad_captions = admin.post(
        f"{portal_url}/{COLUMN}",
        json={
            "@type": "Video",
            "title": "字幕不对",
            "original": file_json(clips["short"], "video/mp4"),
            "captions_ug": file_json(clips["not_video"], "text/vtt"),
        },
        timeout=60,
    )
    assert bad_captions.status_code == 400
    assert "WEBVTT" in bad_captions.text


def test_no_request_above_16_mb(portal_url):
    """Whoever sends it, wherever: 413 with a message, before it is read."""
    body = b"a=" + b"x" * (17 * 1024 * 1024)
    for path in ("zh-cn/edit", f"{COLUMN}/++add++Video", "zh-cn/@@videos"):
        answer = requests.post(
            f"{portal_url}/{path}",
            data=body,
            headers={
                "Cookie": "__ac=forged",
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept-Language": "zh-CN",
            },
            timeout=120,
        )
        assert answer.status_code == 413, path
        assert "16 MB" in answer.text


def test_refused_roles_change_nothing(portal_url, admin, clips):
    """Another department's webmaster and an anonymous visitor may not add,
    change or configure fgw's videos, through the forms or REST."""
    other = requests.Session()
    other.auth = (
        "video-other",
        create_user(portal_url, "video-other", ("jyj-editors",)),
    )
    other.headers["Accept"] = "application/json"
    anonymous = requests.Session()
    anonymous.headers["Accept"] = "application/json"
    created = create(admin, portal_url, clips["short"], title="发改委培训录像")
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    before = admin.get(f"{portal_url}/{COLUMN}", timeout=60).json()["items_total"]
    data = clips["short"].read_bytes()
    for session in (other, anonymous):
        tus = session.post(
            f"{portal_url}/{COLUMN}/@tus-upload",
            headers={
                "Tus-Resumable": "1.0.0",
                "Upload-Length": str(len(data)),
                "Upload-Metadata": "@type " + base64.b64encode(b"Video").decode(),
            },
            timeout=60,
        )
        assert tus.status_code in (401, 403), tus.text
        patch = session.patch(
            url, json={"category": "internal", "title": "改"}, timeout=60
        )
        assert patch.status_code in (401, 403), patch.text
        form = session.post(
            f"{portal_url}/{COLUMN}/++add++Video",
            data={"form.widgets.IBasic.title": "不该有", "form.buttons.save": "Save"},
            allow_redirects=False,
            timeout=60,
        )
        assert form.status_code in (302, 401, 403, 404)
        settings = session.post(
            f"{portal_url}/@@video-settings",
            data={"form.widgets.max_upload_mb": "1", "form.buttons.save": "Save"},
            allow_redirects=False,
            timeout=60,
        )
        assert settings.status_code in (302, 401, 403, 404)
    item = admin.get(url, timeout=60).json()
    assert item["title"] == "发改委培训录像"
    assert item["category"]["token"] == "news"  # noqa: S105 - a vocabulary token
    assert (
        admin.get(f"{portal_url}/{COLUMN}", timeout=60).json()["items_total"] == before
    )
    record = admin.get(
        f"{portal_url}/@registry/hami.policy.video.max_upload_mb", timeout=60
    )
    assert record.json() == 2048
