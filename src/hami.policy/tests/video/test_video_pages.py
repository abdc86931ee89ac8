"""The video centre, a unit's videos, playlists and the video page, as
citizens and staff see them."""

from hami.policy.interfaces import IHamiPolicyLayer
from hami.policy.video import counts
from plone import api
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.uuid.interfaces import IUUID
from zope.interface import alsoProvides

import json
import pytest


def render(context, name, request, **form):
    alsoProvides(request, IHamiPolicyLayer)
    request.form.clear()
    request.form.update(form)
    for key, value in form.items():
        request.set(key, value)
    request.set("LANGUAGE", "zh-cn")
    return api.content.get_view(name, context, request)()


def ready(video, lines=(360,), duration=95.0):
    """As the worker leaves a converted video (without running ffmpeg)."""
    from plone.namedfile.file import NamedBlobFile
    from plone.namedfile.file import NamedBlobImage

    for size in lines:
        setattr(
            video,
            f"mp4_{size}",
            NamedBlobFile(
                data=b"\x00\x00\x00\x18ftypmp42",
                filename=f"v-{size}p.mp4",
                contentType="video/mp4",
            ),
        )
    video.sizes_made = tuple(lines)
    video.frame = NamedBlobImage(data=b"\xff\xd8\xff", filename="v.jpg")
    video.duration = duration
    video.video_status = "ready"
    video.reindexObject()
    return video


@pytest.fixture
def videos(portal, department_a, department_b):
    with api.env.adopt_roles(["Manager"]):
        found = {}
        for key, department, title, category in (
            ("training", department_a, "干部培训：数字政府建设", "training"),
            ("meeting", department_a, "重点项目推进会", "meeting"),
            ("school", department_b, "秋季开学安全教育", "education"),
            ("internal", department_a, "内参：边境形势通报", "internal"),
        ):
            video = api.content.create(
                department["news"], "Video", title=title, category=category
            )
            api.content.transition(video, "publish")
            found[key] = ready(video)
        draft = api.content.create(department_a["news"], "Video", title="草稿视频")
        found["draft"] = ready(draft)
    return found


def test_video_centre_lists_public_videos_by_category_and_search(
    portal, http_request, videos
):
    logout()
    html = render(portal["zh-cn"], "videos", http_request)
    for title in ("干部培训：数字政府建设", "重点项目推进会", "秋季开学安全教育"):
        assert title in html
    assert "边境形势通报" not in html
    assert "草稿视频" not in html
    assert 'value="internal"' not in html  # no internal category for the public
    html = render(portal["zh-cn"], "videos", http_request, category="education")
    assert "秋季开学安全教育" in html and "重点项目推进会" not in html
    html = render(portal["zh-cn"], "videos", http_request, q="推进会")
    assert "重点项目推进会" in html and "秋季开学安全教育" not in html
    # a category that does not exist is ignored, not an error
    assert "重点项目推进会" in render(
        portal["zh-cn"], "videos", http_request, category="<x>"
    )


def test_a_units_videos(portal, http_request, videos):
    logout()
    html = render(portal["zh-cn"]["departments"]["jyj"], "videos", http_request)
    assert "秋季开学安全教育" in html
    assert "重点项目推进会" not in html


def test_most_viewed(portal, http_request, videos):
    from BTrees.OOBTree import OOBTree
    from zope.annotation.interfaces import IAnnotations

    table = IAnnotations(portal).setdefault(counts.KEY, OOBTree())
    table[IUUID(videos["school"])] = 40
    table[IUUID(videos["meeting"])] = 7
    table[IUUID(videos["internal"])] = 99
    logout()
    html = render(portal["zh-cn"], "videos", http_request, order="views")
    assert html.index("秋季开学安全教育") < html.index("重点项目推进会")
    assert "边境形势通报" not in html


def test_staff_see_internal_reference(portal, http_request, videos):
    setRoles(portal, TEST_USER_ID, ["Member"])
    html = render(portal["zh-cn"], "videos", http_request)
    assert "边境形势通报" in html
    assert 'value="internal"' in html


def test_video_page_player_captions_and_downloads(portal, http_request, videos):
    from plone.namedfile.file import NamedBlobFile

    video = videos["meeting"]
    video.captions_ug = NamedBlobFile(data=b"WEBVTT\n", filename="ug.vtt")
    video.captions_zh = NamedBlobFile(data=b"WEBVTT\n", filename="zh.vtt")
    logout()
    html = render(video, "video-view", http_request)
    assert 'type="video/mp4"' in html
    assert "@@display-file/mp4_360/v-360p.mp4?v=" in html
    # Chinese page: the Chinese track is the default, then the Uyghur one
    assert html.index('srclang="zh-CN"') < html.index('srclang="ug"')
    assert 'data-dir="rtl"' in html
    assert "video-downloads" not in html  # citizens do not download
    assert "1:35" in html


def test_processing_and_failed_pages(portal, http_request, department_a):
    with api.env.adopt_roles(["Manager"]):
        video = api.content.create(department_a["news"], "Video", title="等待转换")
    html = render(video, "video-view", http_request)
    assert "video-status" in html and "<video" not in html
    video.video_status = "failed"
    video.video_message = "not_video"
    video.video_detail = "moov atom not found"
    html = render(video, "video-view", http_request)
    assert "video-failed" in html
    assert "moov atom not found" in html
    status = json.loads(render(video, "video-status", http_request))
    assert status["status"] == "failed"
    assert status["reason"]


def test_playlist_plays_the_videos_in_order(portal, http_request, videos, department_a):
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds

    intids = getUtility(IIntIds)
    with api.env.adopt_roles(["Manager"]):
        playlist = api.content.create(
            department_a["news"], "Playlist", title="培训课程"
        )
        playlist.videos = [
            RelationValue(intids.getId(videos[key]))
            for key in ("meeting", "internal", "training")
        ]
    logout()
    html = render(playlist, "playlist-view", http_request)
    assert html.index("重点项目推进会") < html.index("干部培训：数字政府建设")
    assert "边境形势通报" not in html  # not for the public


def test_the_view_beacon_writes_nothing(
    portal, http_request, videos, tmp_path, monkeypatch
):
    monkeypatch.setenv("HAMI_VIDEO_VIEWS", str(tmp_path))
    video = videos["meeting"]
    http_request.method = "POST"
    render(video, "video-viewed", http_request)
    assert http_request.response.getStatus() == 204
    assert (tmp_path / f"{__import__('os').getpid()}.log").read_text().strip() == IUUID(
        video
    )
    assert counts.count(portal, IUUID(video)) == 0


def test_files_too_large_for_the_proxy_are_marked(portal, http_request, videos):
    from hami.policy.video.facts import VideoFacts

    video = videos["meeting"]
    assert "stream=1" not in VideoFacts(video, http_request).sources()[0]["url"]
    api.portal.set_registry_record("hami.policy.video.proxy_max_mb", 0)
    assert VideoFacts(video, http_request).sources()[0]["url"].endswith("&stream=1")


def test_rest_names_only_the_videos_the_reader_may_see(portal, videos, department_a):
    from plone.restapi.interfaces import ISerializeToJson
    from z3c.relationfield import RelationValue
    from zope.component import getMultiAdapter
    from zope.component import getUtility
    from zope.globalrequest import getRequest
    from zope.intid.interfaces import IIntIds

    intids = getUtility(IIntIds)
    with api.env.adopt_roles(["Manager"]):
        playlist = api.content.create(department_a["news"], "Playlist", title="课程")
        playlist.videos = [
            RelationValue(intids.getId(videos[key])) for key in ("meeting", "internal")
        ]
    request = getRequest()
    alsoProvides(request, IHamiPolicyLayer)
    logout()
    data = getMultiAdapter((playlist, request), ISerializeToJson)()
    assert [item["title"] for item in data["videos"]] == ["重点项目推进会"]
    # nor the original upload of a public video
    data = getMultiAdapter((videos["meeting"], request), ISerializeToJson)()
    assert "original" not in data


def test_a_videos_files_are_purged_with_it(portal, videos):
    from z3c.caching.interfaces import IPurgePaths
    from zope.component import getAdapters

    paths = set()
    for _name, adapter in getAdapters((videos["meeting"],), IPurgePaths):
        paths.update(adapter.getRelativePaths())
    base = "/" + videos["meeting"].virtual_url_path()
    assert f"{base}/@@display-file/mp4_360/v-360p.mp4" in paths
    assert f"{base}/@@display-file/frame" in paths
    assert f"{base}/@@download/mp4_360" in paths
