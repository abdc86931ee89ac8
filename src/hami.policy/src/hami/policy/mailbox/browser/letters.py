"""Public pages of the mailbox: status lookup, published letters, one letter."""

from hami.policy.browser.listing import ListingView
from hami.policy.errors import Refused
from hami.policy.mailbox import public
from hami.policy.vocabularies.letters import LETTER_TYPES
from plone import api
from plone.batching import Batch
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from zope.interface import alsoProvides


class LetterStatusView(ListingView):
    """Tracking number + query code → where the letter is, and the answer."""

    result = None
    error = None

    def __call__(self):
        self.request.response.setHeader("Cache-Control", "no-store")
        if self.request.method == "POST":
            alsoProvides(self.request, IDisableCSRFProtection)
            try:
                self.result = public.lookup(
                    self.value("tracking_number"),
                    self.value("query_code"),
                    self.request.getClientAddr() or "",
                )
            except Refused as refused:
                self.error = refused.message
                self.request.response.setStatus(refused.status)
        return self.index()

    def department_title(self) -> str:
        unit = (self.result or {}).get("department")
        return self.department_titles().get(unit, "") if unit else ""


class LettersView(ListingView):
    """Published letters (redacted), with filters; newest answers first."""

    page_size = 20

    def letter_types(self):
        return LETTER_TYPES

    def type_title(self, value: str):
        return dict(LETTER_TYPES).get(value, value)

    def batch(self) -> Batch:
        query = public.published_query(
            self.value("type"),
            self.value("department"),
            self.value("SearchableText"),
            self.value("month"),
        )
        results = api.content.find(**query)
        return Batch(results, self.page_size, self.b_start())

    def letter(self, brain):
        return brain.getObject()


class PublishedLetterView(BrowserView):
    def type_title(self):
        return dict(LETTER_TYPES).get(self.context.letter_type)

    def department_title(self) -> str:
        brains = api.content.find(
            portal_type="Department",
            unit_id=self.context.answering_department,
            Language=api.portal.get_current_language(),
        )
        return brains[0].Title if brains else self.context.answering_department
