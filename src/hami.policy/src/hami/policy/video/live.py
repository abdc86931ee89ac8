"""Live broadcasts (直播): a meeting or a lesson streamed as it happens.

A LiveEvent is a schedule and the HLS address the streaming server (SRS,
nginx-rtmp) publishes; the portal never touches the stream itself. Its state
follows the schedule — upcoming, live, ended — unless an editor ends the
broadcast early ("End the broadcast now", which records ``ended_at``). After
it, the page links to the recording, a Video.

Dexterity keeps the schedule as naive datetimes in the portal's time
(Beijing); values sent through plone.restapi may be timezone-aware. Both are
compared as naive Beijing time (``local``). The catalog's ``start`` and
``end`` indexes (Plone's, as Events use them) get timezone-aware values, and
``end`` is when the broadcast really ended: one query finds what is live.
"""

from AccessControl import Unauthorized
from datetime import datetime
from hami.policy import _
from hami.policy.cases import clock
from plone import api
from plone.app.z3cform.widgets.contentbrowser import ContentBrowserFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.indexer import indexer
from plone.supermodel import model
from urllib.parse import urlsplit
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.event import notify
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant
from zope.lifecycleevent import ObjectModifiedEvent

import math
import re


UPCOMING, LIVE, ENDED = "upcoming", "live", "ended"
# the department's webmasters and leaders, also once the broadcast is published
END_PERMISSION = "hami.policy: End live broadcast"
STATES = {
    UPCOMING: _("live_state_upcoming", default="Upcoming"),
    LIVE: _("live_state_live", default="Live now"),
    ENDED: _("live_state_ended", default="Ended"),
}
# What the page's script says (it has no texts of its own).
TEXTS = {
    "waiting": _(
        "live_waiting",
        default="Waiting for the stream… The video starts by itself.",
    ),
    "unsupported": _(
        "live_unsupported",
        default="This browser cannot play the broadcast. Try a current browser.",
    ),
    "confirm_end": _(
        "live_confirm_end",
        default="End the broadcast for every viewer now?",
    ),
}
# What a Content-Security-Policy may name: a scheme, a host, a port; nothing else.
ORIGIN = re.compile(r"^https?://([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$")


def stream_origin(url: str | None) -> str | None:
    """The origin (scheme://host:port) of an http(s) address, or None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    return origin if ORIGIN.match(origin) else None


def _stream_address(value) -> bool:
    if stream_origin(value) is None:
        raise Invalid(
            _(
                "error_hls_address",
                default="Give the stream's http:// or https:// address, e.g. "
                "https://live.example.gov.cn/live/meeting.m3u8.",
            )
        )
    return True


class ILiveEvent(model.Schema):
    start = schema.Datetime(title=_("Begins"), required=True)
    end = schema.Datetime(title=_("live_end", default="Ends"), required=True)
    category = schema.Choice(
        title=_("Category"),
        vocabulary="hami.policy.VideoCategories",
        default="meeting",
        required=True,
    )
    hls_url = schema.URI(
        title=_("live_hls_url", default="HLS address of the stream"),
        description=_(
            "live_hls_url_help",
            default="The .m3u8 address the streaming server (e.g. SRS or "
            "nginx-rtmp) publishes for this broadcast, e.g. "
            "https://live.example.gov.cn/live/meeting.m3u8. Use https:// when "
            "the portal is served over https.",
        ),
        required=True,
        constraint=_stream_address,
    )
    directives.widget(
        "recording",
        ContentBrowserFieldWidget,
        pattern_options={"selectableTypes": ["Video"]},
    )
    recording = RelationChoice(
        title=_("live_recording", default="Recording"),
        description=_(
            "live_recording_help",
            default="The video of the broadcast: linked on the page once it has ended.",
        ),
        vocabulary="plone.app.vocabularies.Catalog",
        required=False,
    )

    @invariant
    def ends_after_start(data):
        start, end = (
            local(getattr(data, "start", None)),
            local(getattr(data, "end", None)),
        )
        if start and end and end <= start:
            raise Invalid(
                _("error_live_end", default="The broadcast must end after it begins.")
            )


@implementer(ILiveEvent)
class LiveEvent(Item):
    """A scheduled broadcast; ``ended_at`` is set when an editor ends it early."""

    ended_at = None  # naive Beijing time


def local(moment: datetime | None) -> datetime | None:
    """A datetime as naive Beijing time (Dexterity's way); naive ones are already."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(clock.TIMEZONE).replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    """Naive Beijing time made timezone-aware (for the catalog)."""
    if moment.tzinfo is not None:
        return moment
    return clock.TIMEZONE.localize(moment)


def local_now() -> datetime:
    return local(clock.now())


def finished_at(event) -> datetime | None:
    """When the broadcast ends: at the end of its schedule, or when it was ended."""
    end, ended_at = local(event.end), getattr(event, "ended_at", None)
    if ended_at is None or end is None:
        return end or ended_at
    return min(end, ended_at)


def state(event, now: datetime | None = None) -> str:
    """upcoming, live or ended at ``now`` (naive Beijing time, or aware)."""
    now = local(now) if now is not None else local_now()
    if getattr(event, "ended_at", None) is not None:
        return ENDED
    end, start = local(event.end), local(event.start)
    if end is not None and now >= end:
        return ENDED
    if start is None or now < start:
        return UPCOMING
    return LIVE


def seconds_until_start(event, now: datetime | None = None) -> int:
    now = local(now) if now is not None else local_now()
    start = local(event.start)
    if start is None or start <= now:
        return 0
    return math.ceil((start - now).total_seconds())


def end_now(event) -> None:
    """End the broadcast now (guarded: editors only, and once)."""
    if not api.user.has_permission(END_PERMISSION, obj=event):
        raise Unauthorized(END_PERMISSION)
    if state(event) == ENDED:
        return
    event.ended_at = local_now()
    notify(ObjectModifiedEvent(event))  # reindexes ``end``, purges caches


def recording_of(event):
    """The recording, if there is one and the current user may see it."""
    video = getattr(getattr(event, "recording", None), "to_object", None)
    if video is None or not api.user.has_permission("View", obj=video):
        return None
    return video


def live_now(path: str, now: datetime | None = None) -> list:
    """The catalog brains of the broadcasts live now under ``path`` (one query).

    The indexes keep minutes only: the brains' metadata decides to the second.
    """
    moment = aware(local(now) if now is not None else local_now())
    stamp = clock.zope_time(moment)
    brains = api.portal.get_tool("portal_catalog").searchResults(
        portal_type="LiveEvent",
        path=path,
        start={"query": stamp, "range": "max"},
        end={"query": stamp, "range": "min"},
        sort_on="start",
    )
    return [
        brain
        for brain in brains
        if isinstance(brain.start, datetime)
        and isinstance(brain.end, datetime)
        and brain.start <= moment < brain.end
    ]


@indexer(ILiveEvent)
def start_indexer(obj):
    if obj.start is None:
        raise AttributeError("start")
    return aware(local(obj.start))


@indexer(ILiveEvent)
def end_indexer(obj):
    finished = finished_at(obj)
    if finished is None:
        raise AttributeError("end")
    return aware(finished)
