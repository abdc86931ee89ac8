"""The online service hall: guides by department and topic, the guide's page,
the applicant's status page (with supplements) and the receipt after applying."""

from hami.policy.browser.listing import ListingView
from hami.policy.cases.text import search_text
from hami.policy.errors import Refused
from hami.policy.servicehall import public
from hami.policy.servicehall.action import RECEIPT
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.base.utils import munge_search_term
from plone.dexterity.browser.view import DefaultView
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.component import getUtility
from zope.interface import alsoProvides
from zope.schema.interfaces import IVocabularyFactory


class ServiceHallView(ListingView):
    def guides(self):
        query = {
            "portal_type": "ServiceGuide",
            "path": "/".join(self.context.getPhysicalPath()),
            "review_state": "published",
            "sort_on": "sortable_title",
        }
        words = search_text(self.request.form.get("SearchableText", ""))
        if words:
            query["SearchableText"] = munge_search_term(words)
        return api.content.find(**query)

    def by_department(self) -> list[dict]:
        groups: dict[str, list] = {}
        for brain in self.guides():
            groups.setdefault(brain.hami_department or "", []).append(brain)
        titles = self.department_titles()
        return sorted(
            (
                {"title": titles.get(unit, unit), "guides": guides}
                for unit, guides in groups.items()
            ),
            key=lambda group: group["title"],
        )

    def by_topic(self) -> list[dict]:
        vocabulary = getUtility(IVocabularyFactory, "hami.policy.PolicySubjects")(
            self.context
        )
        groups: dict[str, list] = {}
        for brain in self.guides():
            groups.setdefault(brain.topic or "", []).append(brain)
        result = []
        for term in vocabulary:
            if term.value in groups:
                result.append({"title": term.title, "guides": groups[term.value]})
        return result


class ServiceGuideView(DefaultView):
    def form_url(self) -> str | None:
        """The form linked here, or a published form whose action names this service."""
        relation = self.context.application_form
        if relation is not None and not relation.isBroken() and relation.to_object:
            return relation.to_object.absolute_url()
        brains = api.content.find(
            portal_type="EasyForm",
            service_code=self.context.service_code,
            Language=self.context.Language(),
            review_state="published",
        )
        return brains[0].getURL() if brains else None

    def lines(self, name: str) -> list[str]:
        return [
            line
            for line in (getattr(self.context, name) or "").splitlines()
            if line.strip()
        ]

    def blank_forms(self):
        return self.context.contentValues({"portal_type": "File"})

    def department_title(self) -> str:
        brains = api.content.find(
            portal_type="Department",
            unit_id=self.context.responsible_department,
            Language=api.portal.get_current_language(),
        )
        return brains[0].Title if brains else ""


class ApplicationStatusView(ListingView):
    result = None
    error = None
    added = False

    def __call__(self):
        self.request.response.setHeader("Cache-Control", "no-store")
        if self.request.method == "POST":
            alsoProvides(self.request, IDisableCSRFProtection)
            try:
                application = public.find(
                    self.value("tracking_number"),
                    self.value("query_code"),
                    self.request.getClientAddr() or "",
                )
                files = [
                    (upload.filename, upload.read())
                    for upload in self.request.form.get("files", None) or []
                    if getattr(upload, "filename", None)
                ]
                if files:
                    public.supplement(application, files)
                    self.added = True
                self.result = public.status(application)
            except Refused as refused:
                self.error = refused.message
                self.request.response.setStatus(refused.status)
        return self.index()


class ReceiptViewlet(ViewletBase):
    """The tracking number and query code, above the form's thank-you page."""

    index = ViewPageTemplateFile("templates/application_receipt.pt")

    def update(self):
        super().update()
        self.receipt = self.request.get(RECEIPT)

    def render(self):
        return self.index() if self.receipt else ""
