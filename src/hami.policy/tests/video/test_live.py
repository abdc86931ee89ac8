"""Live broadcasts: the state follows the schedule, an editor ends it early,
the page polls its status, the home page says what is live now."""

from AccessControl import Unauthorized
from datetime import timedelta
from hami.policy.cases import clock
from hami.policy.interfaces import IHamiPolicyLayer
from hami.policy.video import live
from plone import api
from plone.app.testing import logout
from zope.interface import alsoProvides
from zope.interface import Invalid

import json
import pytest
import pytz


STREAM = "https://live.example.gov.cn:8443/live/meeting.m3u8"


@pytest.fixture
def column(portal, department_a):
    """A column of department A that holds broadcasts."""
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            department_a, "Column", id="broadcasts", title="视频直播"
        )


@pytest.fixture
def broadcast(column):
    """A published broadcast starting ``starts_in`` from now, an hour long."""

    def broadcast(title, starts_in=timedelta(0), lasts=timedelta(hours=1)):
        start = live.local_now() + starts_in
        with api.env.adopt_roles(["Manager"]):
            event = api.content.create(
                column,
                "LiveEvent",
                title=title,
                start=start,
                end=start + lasts,
                hls_url=STREAM,
            )
            api.content.transition(obj=event, transition="publish")
        return event

    return broadcast


def request_of(portal, http_request):
    alsoProvides(http_request, IHamiPolicyLayer)
    http_request.set("LANGUAGE", "zh-cn")
    return http_request


def render(context, name, request, user=None):
    view = api.content.get_view(name, context, request)
    if user is None:
        logout()
        return view()
    with api.env.adopt_user(username=user):
        return view()


class TestState:
    def test_upcoming_live_ended(self, broadcast):
        event = broadcast("全区冬季安全生产工作会议", starts_in=timedelta(hours=1))
        start, end = event.start, event.end
        assert live.state(event) == live.UPCOMING
        assert 3590 <= live.seconds_until_start(event) <= 3600
        assert live.state(event, now=start - timedelta(seconds=1)) == live.UPCOMING
        assert live.state(event, now=start) == live.LIVE
        assert live.state(event, now=end - timedelta(seconds=1)) == live.LIVE
        assert live.seconds_until_start(event, now=start) == 0
        assert live.state(event, now=end) == live.ENDED

    def test_aware_moments_are_beijing_time(self, broadcast):
        """plone.restapi stores aware datetimes; a UTC moment is 8 hours behind."""
        event = broadcast("培训直播", starts_in=timedelta(hours=1))
        event.start = clock.TIMEZONE.localize(event.start).astimezone(pytz.utc)
        event.end = clock.TIMEZONE.localize(event.end).astimezone(pytz.utc)
        assert live.state(event) == live.UPCOMING
        during = clock.now() + timedelta(hours=1, minutes=5)
        assert live.state(event, now=during) == live.LIVE
        assert live.state(event, now=during.astimezone(pytz.utc)) == live.LIVE

    def test_ended_early_is_ended(self, broadcast):
        event = broadcast("新闻发布会")
        event.ended_at = live.local_now()
        assert live.state(event) == live.ENDED
        assert live.finished_at(event) == event.ended_at

    def test_end_after_start(self):
        class Data:
            start = live.local_now()
            end = start - timedelta(minutes=1)

        with pytest.raises(Invalid):
            live.ILiveEvent.validateInvariants(Data())

    def test_only_web_addresses_stream(self):
        field = live.ILiveEvent["hls_url"]
        field.validate(STREAM)
        for address in ("javascript:alert(1)", "ftp://live.example.gov.cn/a.m3u8"):
            with pytest.raises(Exception):  # noqa: B017 - Invalid or a schema error
                field.validate(address)


class TestEndNow:
    def test_refused_to_a_member(self, broadcast, people):
        event = broadcast("全区干部大会")
        with api.env.adopt_user(username="member"):
            with pytest.raises(Unauthorized):
                event.restrictedTraverse("@@end-live")
            with pytest.raises(Unauthorized):
                live.end_now(event)
        assert event.ended_at is None
        assert live.state(event) == live.LIVE

    def test_an_editor_ends_it(self, portal, broadcast, people, http_request):
        event = broadcast("全区干部大会")
        assert api.content.get_state(event) == "published"
        request = request_of(portal, http_request)
        request.method = "POST"
        # the department's webmaster, on the published broadcast
        with api.env.adopt_user(username="a_editor"):
            view = event.restrictedTraverse("@@end-live")
            request.form["_authenticator"] = api.content.get_view(
                "authenticator", event, request
            ).token()
            view()
        assert live.state(event) == live.ENDED
        assert event.ended_at is not None
        # the catalog knows it ended: ``end`` is when it really did
        brain = api.content.find(UID=event.UID())[0]
        assert brain.end <= clock.now()

    def test_not_without_the_authenticator(
        self, portal, broadcast, people, http_request
    ):
        from zExceptions import Forbidden

        event = broadcast("全区干部大会")
        request = request_of(portal, http_request)
        request.method = "POST"
        with api.env.adopt_user(username="siteadmin"), pytest.raises(Forbidden):
            event.restrictedTraverse("@@end-live")()
        assert live.state(event) == live.LIVE

    def test_get_changes_nothing(self, portal, broadcast, people, http_request):
        event = broadcast("全区干部大会")
        request = request_of(portal, http_request)
        with api.env.adopt_user(username="siteadmin"):
            event.restrictedTraverse("@@end-live")()
        assert request.response.getStatus() == 405
        assert live.state(event) == live.LIVE


class TestPage:
    def test_status_for_the_polling(self, portal, broadcast, http_request):
        event = broadcast("全区冬季安全生产工作会议", starts_in=timedelta(minutes=10))
        request = request_of(portal, http_request)
        status = json.loads(render(event, "live-status", request))
        assert status["state"] == "upcoming"
        assert 590 <= status["seconds"] <= 600
        assert status["hls_url"] == STREAM
        assert status["recording_url"] is None
        assert request.response.getHeader("Content-Type").startswith("application/json")

    def test_the_page_allows_the_stream_origin(self, portal, broadcast, http_request):
        event = broadcast("全区冬季安全生产工作会议", starts_in=timedelta(minutes=10))
        request = request_of(portal, http_request)
        html = render(event, "live-event-view", request)
        assert 'class="live-state' in html and 'data-state="upcoming"' in html
        assert "++theme++hami/js/hami-live.js" in html
        assert "live-end-form" not in html  # citizens do not end broadcasts
        policy = request.response.getHeader("Content-Security-Policy")
        assert "connect-src 'self' https://live.example.gov.cn:8443" in policy
        assert "media-src 'self' blob: https://live.example.gov.cn:8443" in policy
        assert "script-src 'self';" in policy

    def test_an_editor_sees_the_end_button(
        self, portal, broadcast, people, http_request
    ):
        event = broadcast("全区冬季安全生产工作会议")
        request = request_of(portal, http_request)
        html = render(event, "live-event-view", request, user="siteadmin")
        assert 'data-state="live"' in html
        assert "live-end-form" in html and "_authenticator" in html

    def test_the_recording_after_the_end(self, portal, column, broadcast, http_request):
        from z3c.relationfield import RelationValue
        from zope.component import getUtility
        from zope.intid.interfaces import IIntIds

        event = broadcast("全区冬季安全生产工作会议")
        with api.env.adopt_roles(["Manager"]):
            target = api.content.create(column, "Document", title="会议录像")
            api.content.transition(obj=target, transition="publish")
        event.recording = RelationValue(getUtility(IIntIds).getId(target))
        event.ended_at = live.local_now()
        request = request_of(portal, http_request)
        status = json.loads(render(event, "live-status", request))
        assert status["state"] == "ended"
        assert status["recording_url"] == target.absolute_url()
        html = render(event, "live-event-view", request)
        assert target.absolute_url() in html


class TestLiveNow:
    def test_the_home_page_lists_what_is_live(self, portal, broadcast, http_request):
        broadcast("正在直播的会议", starts_in=timedelta(minutes=-5))
        broadcast("稍后开始的培训", starts_in=timedelta(hours=1))
        request = request_of(portal, http_request)
        html = render(portal["zh-cn"], "hami-home", request)
        assert "hami-live-now" in html
        assert "正在直播的会议" in html
        assert "稍后开始的培训" not in html

    def test_nothing_when_nothing_is_live(self, portal, broadcast, http_request):
        broadcast("稍后开始的培训", starts_in=timedelta(hours=1))
        ended = broadcast("已结束的会议", starts_in=timedelta(minutes=-5))
        ended.ended_at = live.local_now()
        ended.reindexObject(idxs=["end"])
        request = request_of(portal, http_request)
        html = render(portal["zh-cn"], "hami-home", request)
        assert "hami-live-now" not in html
        assert not live.live_now("/".join(portal["zh-cn"].getPhysicalPath()))

    def test_not_in_another_language(self, portal, broadcast):
        broadcast("正在直播的会议", starts_in=timedelta(minutes=-5))
        assert live.live_now("/".join(portal["zh-cn"].getPhysicalPath()))
        assert not live.live_now("/".join(portal["ug"].getPhysicalPath()))


class TestTheProxyHearsTheClock:
    """The worker purges the pages of broadcasts whose start or end passed."""

    @pytest.fixture
    def purged(self, portal, monkeypatch):
        from plone.cachepurging.interfaces import IPurger
        from zope.component import getUtility

        api.portal.set_registry_record(
            "plone.cachepurging.interfaces.ICachePurgingSettings.enabled", True
        )
        api.portal.set_registry_record(
            "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies",
            ("http://127.0.0.1:6081",),
        )
        urls = []
        purger = getUtility(IPurger)
        monkeypatch.setattr(
            purger,
            "purgeSync",
            lambda url, method="PURGE": urls.append(url) or (200, "", ""),
        )
        return urls

    def test_a_start_that_passed_purges_the_home_pages(
        self, portal, broadcast, purged, http_request
    ):
        from hami.policy.video import schedule

        before = schedule.now()
        event = broadcast("全区干部大会", starts_in=timedelta(seconds=-1))
        count = schedule.purge(
            portal, http_request, before - timedelta(minutes=1), schedule.now()
        )
        assert count
        home = "/".join(portal["zh-cn"].getPhysicalPath())
        assert f"http://127.0.0.1:6081{home}" in purged
        assert any(url.endswith(event.getId()) for url in purged)

    def test_nothing_passed_nothing_purged(
        self, portal, broadcast, purged, http_request
    ):
        from hami.policy.video import schedule

        broadcast("明天的会", starts_in=timedelta(days=1))
        now = schedule.now()
        assert (
            schedule.purge(portal, http_request, now - timedelta(minutes=5), now) == 0
        )
        assert purged == []
