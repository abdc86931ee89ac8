"""The worker converts what waits, once; a replaced original is converted again;
a damaged one fails with the reason; views are added up without a write per
view; internal reference videos are published to staff only."""

from hami.policy.testing import video_clip
from hami.policy.video import counts
from hami.policy.video import processing
from hami.policy.video import queue
from hami.policy.video.content import IVideo
from hami.policy.video.content import Refused
from hami.policy.video.worker import Worker
from pathlib import Path
from plone import api
from plone.namedfile.file import NamedBlobFile
from plone.uuid.interfaces import IUUID

import pytest
import transaction


pytestmark = pytest.mark.skipif(not processing.available(), reason="ffmpeg missing")


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("clip") / "clip.mp4"
    return video_clip(path, seconds=2, size="480x270").read_bytes()


@pytest.fixture
def views(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("HAMI_VIDEO_VIEWS", str(tmp_path / "views"))
    monkeypatch.setenv("HAMI_VIDEO_WORK", str(tmp_path / "work"))
    return tmp_path / "views"


def add_video(portal, data: bytes, **fields):
    column = portal["zh-cn"]["departments"]["fgw"]["news"]
    with api.env.adopt_roles(["Manager"]):
        video = api.content.create(
            column,
            "Video",
            title=fields.pop("title", "会议录像"),
            original=NamedBlobFile(
                data=data, filename="clip.mp4", contentType="video/mp4"
            ),
            **fields,
        )
    transaction.commit()
    return video


def test_converted_once_and_again_when_replaced(
    functional_app, functional_portal, clip, views
):
    video = add_video(functional_portal, clip)
    uid = IUUID(video)
    assert video.video_status == "pending"
    assert dict(queue.waiting(functional_portal)) == {uid: video.video_token}
    worker = Worker(functional_app, site_id=functional_portal.getId())
    worker.run(once=True)
    transaction.begin()
    video = api.content.get(UID=uid)
    assert video.video_status == "ready"
    assert [lines for lines, _file in video.renditions()] == [270]
    assert video.mp4_270.contentType == "video/mp4"
    assert 1.9 <= video.duration <= 2.1
    assert video.frame.data[:2] == b"\xff\xd8"
    assert queue.waiting(functional_portal) == []
    # nothing waits: running it again changes nothing
    worker.run(once=True)
    # an edit that keeps the file does not convert again
    video.title = "会议录像（修订）"
    from zope.lifecycleevent import modified

    modified(video)
    assert queue.waiting(functional_portal) == []
    # a new file does
    video.original = NamedBlobFile(
        data=clip, filename="new.mp4", contentType="video/mp4"
    )
    modified(video)
    transaction.commit()
    assert video.video_status == "pending"
    worker.run(once=True)
    transaction.begin()
    assert api.content.get(UID=uid).video_status == "ready"


def test_damaged_file_fails_with_the_reason(
    functional_app, functional_portal, clip, views
):
    video = add_video(functional_portal, clip[:5000], title="损坏")
    Worker(functional_app, site_id=functional_portal.getId()).run(once=True)
    transaction.begin()
    video = api.content.get(UID=IUUID(video))
    assert video.video_status == "failed"
    assert video.video_message == "not_video"
    assert video.renditions() == []
    assert queue.waiting(functional_portal) == []


def test_views_are_logged_then_added_up(functional_app, functional_portal, clip, views):
    video = add_video(functional_portal, clip, title="培训")
    uid = IUUID(video)
    for _ in range(3):
        counts.record(uid)
    counts.record("not-a-uid")
    assert counts.count(functional_portal, uid) == 0  # nothing written yet
    Worker(functional_app, site_id=functional_portal.getId()).write_counts()
    transaction.begin()
    assert counts.count(functional_portal, uid) == 3
    assert not counts.pending()
    assert counts.most_viewed(functional_portal, 1) == [(uid, 3)]


def test_internal_reference_is_published_to_staff_only(portal):
    column = portal["zh-cn"]["departments"]["fgw"]["news"]
    with api.env.adopt_roles(["Manager"]):
        video = api.content.create(column, "Video", title="内参", category="internal")
        api.content.transition(video, "publish")
    assert api.content.get_state(video) == "internal"
    assert "Anonymous" not in [
        role["name"] for role in video.rolesOfPermission("View") if role["selected"]
    ]
    assert "Member" in [
        role["name"] for role in video.rolesOfPermission("View") if role["selected"]
    ]
    from zope.lifecycleevent import modified

    video.category = "news"
    modified(video)
    assert api.content.get_state(video) == "published"
    video.category = "internal"
    modified(video)
    assert api.content.get_state(video) == "internal"
    catalog = api.portal.get_tool("portal_catalog")
    rid = catalog.unrestrictedSearchResults(UID=IUUID(video))[0].getRID()
    allowed = catalog._catalog.getIndex("allowedRolesAndUsers").getEntryForObject(rid)
    assert "Anonymous" not in allowed


def test_uploads_are_checked_by_content(portal):
    field = IVideo["original"]
    pdf = NamedBlobFile(
        data=b"%PDF-1.4\n" * 100, filename="film.mp4", contentType="video/mp4"
    )
    with pytest.raises(Refused) as error:
        field.validate(pdf)
    assert "application/pdf" in error.value.doc()
    api.portal.set_registry_record("hami.policy.video.max_upload_mb", 1)
    big = NamedBlobFile(data=b"\x00" * (1024 * 1024 + 1), filename="big.mp4")
    with pytest.raises(Refused) as error:
        field.validate(big)
    assert "1 MB" in error.value.doc()
    with pytest.raises(Refused):
        IVideo["captions_ug"].validate(NamedBlobFile(data=b"1\n00:00 --> 00:01\nhi"))
    IVideo["captions_ug"].validate(
        NamedBlobFile(data="WEBVTT\n\n00:00.000 --> 00:01.000\nسالام\n".encode())
    )


def test_an_upload_that_breaks_the_worker_ends_failed(
    functional_app, functional_portal, clip, views, monkeypatch
):
    video = add_video(functional_portal, clip, title="坏了的工作")
    calls = []

    def broken(self, source, into):
        calls.append(source)
        raise OSError("disk full")

    monkeypatch.setattr(Worker, "make", broken)
    Worker(functional_app, site_id=functional_portal.getId()).run(once=True)
    transaction.begin()
    video = api.content.get(UID=IUUID(video))
    assert len(calls) == 3
    assert video.video_status == "failed"
    assert "disk full" in video.video_detail
    assert queue.waiting(functional_portal) == []
