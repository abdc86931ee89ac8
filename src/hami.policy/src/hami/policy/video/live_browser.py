"""The pages of a live broadcast: the broadcast's page, what it polls, the
"End the broadcast now" button and the home pages' "Live now" block."""

from hami.policy import _
from hami.policy.security import headers
from hami.policy.video.content import category_title
from hami.policy.video.live import aware
from hami.policy.video.live import end_now
from hami.policy.video.live import END_PERMISSION
from hami.policy.video.live import ENDED
from hami.policy.video.live import live_now
from hami.policy.video.live import local
from hami.policy.video.live import recording_of
from hami.policy.video.live import seconds_until_start
from hami.policy.video.live import state
from hami.policy.video.live import STATES
from hami.policy.video.live import stream_origin
from hami.policy.video.live import TEXTS
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import json


def content_security_policy(hls_url: str | None, staff: bool) -> str:
    """The portal's policy, with the stream's origin allowed to hls.js (XHR)
    and to browsers that play HLS themselves (media)."""
    policy = headers.STAFF_POLICY if staff else headers.PUBLIC_POLICY
    origin = stream_origin(hls_url)
    if origin is None:
        return policy
    directives = []
    for directive in policy.split("; "):
        if directive.split(" ", 1)[0] in ("connect-src", "media-src"):
            directive = f"{directive} {origin}"
        directives.append(directive)
    return "; ".join(directives)


class LiveEventView(BrowserView):
    """The broadcast's page: countdown, player, or the link to the recording
    (hami-live.js switches between them as @@live-status says)."""

    def __call__(self):
        self.state = state(self.context)
        policy = content_security_policy(
            self.context.hls_url, staff=not api.user.is_anonymous()
        )
        self.request.response.setHeader("Content-Security-Policy", policy)
        return self.index()

    def state_title(self, name: str):
        return STATES[name]

    def text(self, name: str):
        return TEXTS[name]

    def category_title(self):
        return category_title(self.context.category)

    def seconds(self) -> int:
        return seconds_until_start(self.context)

    def start_iso(self) -> str:
        return aware(local(self.context.start)).replace(microsecond=0).isoformat()

    def start_text(self):
        start = local(self.context.start)
        return _(
            "live_starts_at",
            default="Begins on ${date} at ${time} (Beijing time)",
            mapping={
                "date": start.strftime("%Y-%m-%d"),
                "time": start.strftime("%H:%M"),
            },
        )

    def schedule_text(self):
        start, end = local(self.context.start), local(self.context.end)
        return _(
            "live_schedule",
            default="${start} to ${end} (Beijing time)",
            mapping={
                "start": start.strftime("%Y-%m-%d %H:%M"),
                "end": end.strftime(
                    "%Y-%m-%d %H:%M" if end.date() != start.date() else "%H:%M"
                ),
            },
        )

    def countdown_days(self):
        """The countdown's text over a day; JavaScript fills {days} and {time}."""
        return _(
            "live_countdown_days",
            default="${days} d ${time}",
            mapping={"days": "{days}", "time": "{time}"},
        )

    def recording(self):
        return recording_of(self.context)

    def can_end(self) -> bool:
        return self.state != ENDED and api.user.has_permission(
            END_PERMISSION, obj=self.context
        )


class LiveStatus(BrowserView):
    """@@live-status: what the page polls (JSON)."""

    def __call__(self):
        event = self.context
        video = recording_of(event)
        response = self.request.response
        response.setHeader("Content-Type", "application/json; charset=utf-8")
        # many viewers poll together: a caching proxy answers them for a few seconds
        response.setHeader("Cache-Control", "public, max-age=0, s-maxage=5")
        return json.dumps({
            "state": state(event),
            "seconds": seconds_until_start(event),
            "start": aware(local(event.start)).replace(microsecond=0).isoformat(),
            "hls_url": event.hls_url,
            "recording_url": video.absolute_url() if video is not None else None,
        })


class EndLive(BrowserView):
    """@@end-live (POST, with the form's authenticator): end the broadcast now."""

    def __call__(self):
        if self.request.method != "POST":
            self.request.response.setStatus(405)
            self.request.response.setHeader("Allow", "POST")
            return ""
        CheckAuthenticator(self.request)
        end_now(self.context)
        api.portal.show_message(
            _("live_ended_message", default="The broadcast has ended."),
            request=self.request,
        )
        return self.request.response.redirect(self.context.absolute_url())


class LiveNowViewlet(ViewletBase):
    """The "Live now" block of the home page of a language or a department: the
    broadcasts live under it; nothing when none is."""

    index = ViewPageTemplateFile("templates/live_now.pt")

    def update(self):
        super().update()
        root = api.portal.get_navigation_root(self.context)
        self.events = live_now("/".join(root.getPhysicalPath()))

    def render(self):
        return self.index() if self.events else ""
