"""GET /@letters: published letters (redacted); GET /@letters/status: one letter."""

from hami.policy.cases import clock
from hami.policy.cases.text import param
from hami.policy.errors import Refused
from hami.policy.mailbox import public
from hami.policy.services.base import BAD_MONTH
from hami.policy.services.base import batch_params
from hami.policy.services.base import NOT_FOUND
from hami.policy.services.base import TraversingService
from plone import api
from zope.i18n import translate


class LettersGet(TraversingService):
    def answer(self):
        if self.params == ["status"]:
            return self.status()
        if self.params:
            raise Refused(NOT_FOUND, status=404)
        return self.published()

    def status(self):
        self.request.response.setHeader("Cache-Control", "no-store")
        form = self.request.form
        result = public.lookup(
            param(form, "tracking_number"),
            param(form, "query_code"),
            self.request.getClientAddr() or "",
        )
        result["state_title"] = translate(result["state_title"], context=self.request)
        return result

    def published(self):
        form = self.request.form
        start, size = batch_params(form, default_size=25, max_size=100)
        month = param(form, "month")
        if month and clock.month(month) is None:
            raise Refused(BAD_MONTH, "month")
        brains = api.content.find(
            **public.published_query(
                param(form, "type"),
                param(form, "department"),
                param(form, "q"),
                month,
            )
        )
        items = []
        for brain in brains[start : start + size]:
            letter = brain.getObject()
            items.append({
                "@id": letter.absolute_url(),
                "title": letter.Title(),
                "letter_type": letter.letter_type,
                "received": letter.received.isoformat(),
                "answered": letter.answered.isoformat(),
                "answering_department": letter.answering_department,
                "body": letter.body,
                "answer": letter.answer,
            })
        return {
            "@id": f"{self.context.absolute_url()}/@letters",
            "items_total": len(brains),
            "items": items,
        }
