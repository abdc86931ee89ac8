"""The page (or JSON) of a refused log-in: how long to wait."""

from hami.policy.errors import Refused
from hami.policy.security.throttle import MESSAGE
from hami.policy.services.base import error
from Products.Five.browser import BrowserView
from zope.i18n import translate
from zope.i18nmessageid import Message

import json


class ThrottledView(BrowserView):
    """The exception view of a throttled log-in (``throttle.TooManyRequests``),
    for pages and for REST."""

    def language(self) -> str:
        """The request's language, as Plone negotiated it while traversing."""
        language = self.request.get("LANGUAGE") or "zh-cn"
        return language if isinstance(language, str) else "zh-cn"

    def refusal(self) -> Refused:
        return Refused(
            Message(MESSAGE, mapping={"minutes": self.context.minutes}), status=429
        )

    def message(self) -> str:
        return translate(self.refusal().message, context=self.request)

    def __call__(self):
        response = self.request.response
        response.setStatus(429, lock=True)
        response.setHeader("Retry-After", str(self.context.minutes * 60))
        response.setHeader("Cache-Control", "private, no-store")
        response.setHeader("X-Theme-Disabled", "1")  # a page of its own
        if "application/json" in self.request.getHeader("Accept", ""):
            response.setHeader("Content-Type", "application/json")
            # the portal's one REST error shape (status stays 429, locked above)
            return json.dumps(error(self.request, self.refusal()))
        response.setHeader("Content-Type", "text/html; charset=utf-8")
        return self.index()
