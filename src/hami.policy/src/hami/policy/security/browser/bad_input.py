"""400 for input that Zope, the catalog or plone.restapi cannot read.

A date that is no date (``:date`` converters, date queries), search syntax the
full-text index cannot parse, a query value of the wrong type: the person
sent something unreadable, the portal did not fail. The answer says so in the
request's language, as JSON when JSON was asked for.
"""

from hami.policy import _
from Products.Five.browser import BrowserView
from zope.i18n import translate

import json


MESSAGE = _(
    "error_bad_input",
    default="The request could not be understood: please check the dates, "
    "numbers and words you entered.",
)


class BadInputView(BrowserView):
    def __call__(self):
        response = self.request.response
        # locked: Plone's error hooks set the status from the exception's name
        response.setStatus(400, lock=True)
        response.setHeader("Cache-Control", "no-store")
        response.setHeader("X-Theme-Disabled", "1")
        message = translate(MESSAGE, context=self.request)
        if "text/html" not in self.request.getHeader("Accept", "") or (
            "application/json" in self.request.getHeader("Accept", "")
        ):
            response.setHeader("Content-Type", "application/json")
            return json.dumps({
                "error": {"type": "BadRequest", "message": message, "field": None}
            })
        language = self.request.get("LANGUAGE") or "zh-cn"
        direction = "rtl" if language in ("ug", "kk") else "ltr"
        response.setHeader("Content-Type", "text/html; charset=utf-8")
        return (
            f'<!DOCTYPE html><html lang="{language}" dir="{direction}"><head>'
            '<meta charset="utf-8"><title>400</title></head><body>'
            f'<p class="hami-bad-request">{message}</p></body></html>'
        )
