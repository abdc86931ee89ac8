"""Shared pieces of the public listings: dates, departments, validity marks."""

from DateTime import DateTime
from hami.policy.cases.text import param
from hami.policy.vocabularies.documents import VALIDITY
from plone import api
from plone.memoize.instance import memoize
from Products.Five.browser import BrowserView
from zope.i18n import translate


# What a citizen reads; structure (columns, folders) and files are not listed.
CONTENT_TYPES = (
    "News Item",
    "Document",
    "PolicyDocument",
    "Event",
    "Link",
    "Video",
    "Playlist",
)
NOT_IN_FORCE = {value: title for value, title in VALIDITY if value != "in_force"}


class ListingView(BrowserView):
    """Base for views that list catalog results for citizens."""

    @property
    def language(self) -> str:
        return api.portal.get_current_language(context=self.context)

    def value(self, name: str) -> str:
        """One text parameter of the request (a list or a record is none)."""
        return param(self.request.form, name)

    def b_start(self) -> int:
        """Where the page of a batch starts; a broken value is the first page."""
        try:
            return max(0, int(self.request.form.get("b_start", 0) or 0))
        except (TypeError, ValueError):
            return 0

    @memoize
    def department_titles(self) -> dict[str, str]:
        """Unit id → department title, in the page's language (one query)."""
        brains = api.content.find(portal_type="Department", Language=self.language)
        return {brain.unit_id: brain.Title for brain in brains}

    def department_of(self, brain) -> str:
        return self.department_titles().get(brain.hami_department or "", "")

    def date(self, brain) -> str:
        value = brain.effective
        if not value or value.year() < 1980:
            value = brain.created
        return DateTime(value).strftime("%Y-%m-%d") if value else ""

    def state_title(self, brain) -> str:
        workflow = api.portal.get_tool("portal_workflow")
        title = workflow.getTitleForStateOnType(brain.review_state, brain.portal_type)
        return translate(title, domain="hami.policy", context=self.request)

    def validity_mark(self, brain) -> str | None:
        title = NOT_IN_FORCE.get(getattr(brain, "validity", None) or "")
        return translate(title, context=self.request) if title else None

    def published(self, limit: int, **query):
        query.setdefault("portal_type", CONTENT_TYPES)
        return api.content.find(
            review_state="published",
            sort_on="effective",
            sort_order="descending",
            sort_limit=limit,
            **query,
        )[:limit]
