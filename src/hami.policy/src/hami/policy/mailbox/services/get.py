"""GET /@letters: published letters (redacted); GET /@letters/status: one letter."""

from hami.policy.errors import Refused
from hami.policy.mailbox import public
from hami.policy.services.base import TraversingService
from plone import api
from zope.i18n import translate


class LettersGet(TraversingService):
    def answer(self):
        if self.params == ["status"]:
            return self.status()
        if self.params:
            raise Refused("No such resource.", status=404)
        return self.published()

    def status(self):
        self.request.response.setHeader("Cache-Control", "no-store")
        form = self.request.form
        result = public.lookup(
            str(form.get("tracking_number", "")),
            str(form.get("query_code", "")),
            self.request.getClientAddr() or "",
        )
        result["state_title"] = translate(result["state_title"], context=self.request)
        return result

    def published(self):
        form = self.request.form
        try:
            start = max(0, int(form.get("b_start", 0) or 0))
            size = min(max(1, int(form.get("b_size", 25) or 25)), 100)
        except (TypeError, ValueError) as exc:
            raise Refused("b_start and b_size are whole numbers.") from exc
        brains = api.content.find(
            **public.published_query(
                str(form.get("type", "")),
                str(form.get("department", "")),
                str(form.get("q", "")),
                str(form.get("month", "")),
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
