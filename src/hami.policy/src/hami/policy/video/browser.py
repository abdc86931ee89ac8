"""The pages of the video system: a video, a playlist, the video centre."""

from __future__ import annotations

from AccessControl import getSecurityManager
from hami.policy import _
from hami.policy.cases.text import search_text
from hami.policy.video import counts
from hami.policy.video.content import CATEGORIES
from hami.policy.video.content import category_title
from hami.policy.video.content import IVideo
from hami.policy.video.facts import duration_text
from hami.policy.video.facts import is_staff
from hami.policy.video.facts import VideoFacts
from plone import api
from plone.base.utils import munge_search_term
from plone.batching import Batch
from plone.memoize.instance import memoize
from plone.uuid.interfaces import IUUID
from Products.Five.browser import BrowserView
from zExceptions import BadRequest
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory

import json


def _text(value) -> str:
    """A form value as text; a list or a record (``q:list=``) is no value."""
    return value if isinstance(value, str) else ""


class VideoView(BrowserView):
    def __call__(self):
        self.facts = VideoFacts(self.context, self.request)
        return self.index()

    def category(self):
        return translate(category_title(self.context.category), context=self.request)

    def duration(self):
        return duration_text(self.context.duration)

    def views(self) -> int:
        return counts.count(api.portal.get(), IUUID(self.context))

    def downloads(self) -> list[dict]:
        """Staff may download each size and the original."""
        if not is_staff():
            return []
        found = [
            {
                "label": f"MP4 {lines}p",
                "url": f"{self.context.absolute_url()}/@@download/mp4_{lines}",
            }
            for lines, _file in self.context.renditions()
        ]
        if getSecurityManager().checkPermission("Modify portal content", self.context):
            found.append({
                "label": translate(
                    _("label_video_original", default="Original file"),
                    context=self.request,
                ),
                "url": f"{self.context.absolute_url()}/@@download/original",
            })
        return found

    def unit(self) -> str | None:
        unit = getattr(self.context, "responsible_department", None)
        if not unit:
            return None
        factory = getUtility(IVocabularyFactory, "hami.policy.Departments")
        vocabulary = factory(self.context)
        try:
            return vocabulary.getTerm(unit).title
        except LookupError:
            return unit


class VideoViewed(BrowserView):
    """``POST @@video-viewed``: the page's beacon, counted in a log (not the
    database)."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        counts.record(IUUID(self.context))
        self.request.response.setHeader("Cache-Control", "no-store")
        self.request.response.setStatus(204)
        return b""


class VideoStatusJSON(BrowserView):
    """``@@video-status``: what the page polls while the video is converted."""

    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setHeader("Cache-Control", "no-store")
        return json.dumps(
            VideoFacts(self.context, self.request).as_json(), ensure_ascii=False
        )


class PlaylistView(BrowserView):
    def items(self) -> list[dict]:
        found = []
        checker = getSecurityManager()
        for relation in self.context.videos or []:
            video = relation.to_object if relation and not relation.isBroken() else None
            if video is None or not IVideo.providedBy(video):
                continue
            if not checker.checkPermission("View", video):
                continue
            facts = VideoFacts(video, self.request)
            found.append({
                "title": video.Title(),
                "url": video.absolute_url(),
                "poster": facts.poster(),
                "duration": duration_text(video.duration),
                "sources": facts.sources(),
                "ready": video.video_status == "ready",
            })
        return found


class VideoCentreView(BrowserView):
    """``@@videos`` on a language's home (the video centre) or a department's
    sub-site (that unit's videos): categories, latest, most viewed, search."""

    batch_size = 24

    def __call__(self):
        form = self.request.form
        self.category = _text(form.get("category"))
        if self.category not in dict(CATEGORIES):
            self.category = ""
        self.text = search_text(form.get("q"))
        self.order = "views" if _text(form.get("order")) == "views" else "latest"
        return self.index()

    def categories(self) -> list[dict]:
        internal = is_staff()
        return [
            {"id": value, "title": title, "selected": value == self.category}
            for value, title in CATEGORIES
            if value != "internal" or internal
        ]

    def unit_id(self) -> str | None:
        return getattr(self.context, "unit_id", None)

    def query(self) -> dict:
        query = {
            "portal_type": ["Video", "Playlist"],
            "sort_on": "effective",
            "sort_order": "descending",
        }
        unit = self.unit_id()
        if unit:
            query["video_unit"] = unit
        else:
            query["path"] = "/".join(self.context.getPhysicalPath())
        if self.category:
            query["video_category"] = self.category
        if self.text:
            query["SearchableText"] = munge_search_term(self.text)
        return query

    @memoize
    def found(self) -> list:
        """Playlists, and the videos that are ready to play."""
        query = self.query()
        brains = api.content.find(**query)
        ready = {
            brain.UID
            for brain in api.content.find(**{
                **query,
                "portal_type": "Video",
                "video_status": "ready",
            })
        }
        return [
            brain
            for brain in brains
            if brain.portal_type != "Video" or brain.UID in ready
        ]

    @memoize
    def views(self):
        return counts.views(api.portal.get())

    @memoize
    def batch(self) -> Batch:
        brains = self.found()
        if self.order == "views":
            views = self.views()
            brains = sorted(brains, key=lambda brain: -views.get(brain.UID, 0))
        try:
            start = max(0, int(self.request.form.get("b_start", 0) or 0))
        except (TypeError, ValueError):
            start = 0
        return Batch(brains, self.batch_size, start)

    def results(self) -> list[dict]:
        return [self._item(brain) for brain in self.batch()]

    def most_viewed(self) -> list[dict]:
        if self.order == "views" or self.text or self.category:
            return []
        views = self.views()
        brains = [brain for brain in self.found() if brain.portal_type == "Video"]
        ranked = sorted(
            (brain for brain in brains if views.get(brain.UID, 0)),
            key=lambda brain: -views.get(brain.UID, 0),
        )
        return [self._item(brain) for brain in ranked[:6]]

    def _item(self, brain) -> dict:
        obj = brain.getObject()
        facts = VideoFacts(obj, self.request) if IVideo.providedBy(obj) else None
        return {
            "title": brain.Title,
            "url": brain.getURL(),
            "description": brain.Description,
            "type": brain.portal_type,
            "poster": facts.poster() if facts else None,
            "duration": duration_text(getattr(obj, "duration", None)),
            "category": category_title(getattr(obj, "category", "")),
            "views": self.views().get(brain.UID, 0),
            "date": brain.effective
            if brain.effective and brain.effective.year() > 1000
            else None,
        }
