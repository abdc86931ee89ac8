"""What pages and the REST API say about a video: its state, files,
captions and poster, in the reader's language."""

from __future__ import annotations

from hami.policy import _
from hami.policy.languages import is_rtl
from hami.policy.languages import LANGUAGES
from hami.policy.video import counts
from hami.policy.video import settings
from hami.policy.video.content import CAPTIONS
from hami.policy.video.processing import THUMBNAIL_WIDTH
from plone import api
from plone.uuid.interfaces import IUUID
from zope.i18n import translate


NATIVE = {language.code: language.native for language in LANGUAGES}
REASONS = {
    "not_video": _(
        "video_failed_not_video",
        default="The file could not be read as a video: it is damaged, incomplete or "
        "in a format that cannot be converted.",
    ),
    "no_picture": _(
        "video_failed_no_picture", default="The file has no picture (sound only?)."
    ),
    "transcode": _(
        "video_failed_transcode",
        default="Converting the video failed part way: the file is probably damaged.",
    ),
    "timeout": _("video_failed_timeout", default="Converting the video took too long."),
    "missing": _("video_failed_missing", default="The uploaded file is missing."),
}
STATUS = {
    "pending": _(
        "video_status_pending", default="Waiting to be converted for playback"
    ),
    "processing": _("video_status_processing", default="Being converted for playback…"),
    "ready": _("video_status_ready", default="Ready"),
    "failed": _("video_status_failed", default="Conversion failed"),
}


def duration_text(seconds) -> str:
    if not seconds:
        return ""
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return (
        f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    )


def is_staff() -> bool:
    """A user of the portal (citizens have no accounts): staff."""
    return not api.user.is_anonymous()


class VideoFacts:
    """What pages and the REST API say about one video."""

    def __init__(self, video, request):
        self.video = video
        self.request = request
        self.language = api.portal.get_current_language(context=video) or "zh-cn"

    @property
    def url(self) -> str:
        return self.video.absolute_url()

    @property
    def version(self) -> str:
        """In the files' URLs: a new conversion is a new URL, so no cache
        (the proxy's, a browser's) serves the old one."""
        return f"?v={(self.video.video_token or '')[:8]}"

    def sources(self) -> list[dict]:
        largest = settings.proxy_max_bytes()
        return [
            {
                "lines": lines,
                "label": f"{lines}p",
                # too large for the proxy's cache: marked to go past it
                # (profiles/varnish/hami.vcl.in)
                "url": f"{self.url}/@@display-file/mp4_{lines}/{file.filename}"
                f"{self.version}{'&stream=1' if file.getSize() > largest else ''}",
                "size": file.getSize(),
            }
            for lines, file in self.video.renditions()
        ]

    def captions(self) -> list[dict]:
        tracks = []
        for name, code, tag in CAPTIONS:
            file = getattr(self.video, name, None)
            if file is None:
                continue
            tracks.append({
                "language": code,
                "tag": tag,
                "label": NATIVE.get(code, code),
                "url": f"{self.url}/@@display-file/{name}?v={file._p_mtime or 0:.0f}",
                "dir": "rtl" if is_rtl(code) else "ltr",
                "default": False,
            })
        # the page's language first, else Chinese
        chosen = [t for t in tracks if t["language"] == self.language] or [
            t for t in tracks if t["language"] == "zh-cn"
        ]
        if chosen:
            chosen[0]["default"] = True
            tracks.sort(key=lambda track: not track["default"])
        return tracks

    def poster(self) -> str | None:
        if getattr(self.video, "poster", None) is not None:
            return f"{self.url}/@@images/poster/large"
        if getattr(self.video, "frame", None) is not None:
            return f"{self.url}/@@display-file/frame{self.version}"
        return None

    def thumbnails(self) -> dict | None:
        strip = getattr(self.video, "thumbnails", None)
        if strip is None or not self.video.duration:
            return None
        count = self.video.thumbnail_count or 10
        step = self.video.duration / count
        return {
            "url": f"{self.url}/@@display-file/thumbnails{self.version}",
            "count": count,
            "times": [
                {
                    "index": index,
                    "at": round(index * step + step / 2, 1),
                    "label": duration_text(index * step + step / 2),
                    "style": "background-image:url("
                    f"{self.url}/@@display-file/thumbnails{self.version});"
                    f"background-position:-{index * THUMBNAIL_WIDTH}px 0",
                }
                for index in range(count)
            ],
        }

    def reason(self) -> str:
        reason = REASONS.get(self.video.video_message)
        return translate(reason, context=self.request) if reason else ""

    def status(self) -> dict:
        video = self.video
        failed = video.video_status == "failed"
        # ffmpeg's own words are for the video's editors
        editor = api.user.has_permission("Modify portal content", obj=video)
        return {
            "status": video.video_status,
            "title": translate(
                STATUS.get(video.video_status, ""), context=self.request
            ),
            "reason": self.reason() if failed else "",
            "detail": getattr(video, "video_detail", "") if failed and editor else "",
        }

    def as_json(self) -> dict:
        return {
            "@id": self.url,
            **self.status(),
            "category": self.video.category,
            "duration": self.video.duration,
            "width": self.video.width,
            "height": self.video.height,
            "sources": self.sources(),
            "captions": [
                {k: v for k, v in track.items() if k != "default"}
                for track in self.captions()
            ],
            "poster": self.poster(),
            "views": counts.count(api.portal.get(), IUUID(self.video)),
        }
