"""Search across all departments of one language, with filters a citizen understands."""

from DateTime import DateTime
from datetime import date
from datetime import timedelta
from DateTime.interfaces import DateTimeError
from hami.policy import _
from hami.policy.browser.listing import CONTENT_TYPES
from hami.policy.browser.listing import ListingView
from hami.policy.cases import clock
from hami.policy.cases.text import search_text
from hami.policy.vocabularies.columns import COLUMN_KINDS
from plone import api
from plone.app.multilingual.interfaces import ILanguageRootFolder
from plone.base.utils import munge_search_term
from plone.batching import Batch
from plone.memoize.instance import memoize


TYPES = (
    ("News Item", _("type_news", default="News")),
    ("Document", _("type_page", default="Page")),
    ("PolicyDocument", _("type_policy_document", default="Policy document")),
)


class SearchView(ListingView):
    page_size = 20

    def root(self):
        for obj in self.context.aq_chain:
            if ILanguageRootFolder.providedBy(obj):
                return obj
        return api.portal.get()

    def kinds(self):
        return COLUMN_KINDS

    def types(self):
        return TYPES

    def departments(self) -> list[tuple[str, str]]:
        return sorted(self.department_titles().items(), key=lambda item: item[1])

    def _date(self, name: str, end: bool = False) -> DateTime | None:
        value = self.value(name)
        if not value:
            return None
        try:
            parsed = DateTime(value)
        except (DateTimeError, SyntaxError, ValueError):
            self.errors.append(name)
            return None
        # the calendar day as written, from midnight in Beijing
        day = date(parsed.year(), parsed.month(), parsed.day())
        if end:
            return clock.day_start(day + timedelta(days=1)) - 1 / 86400000
        return clock.day_start(day)

    @memoize
    def query(self) -> dict | None:
        self.errors = []
        query = {
            "path": "/".join(self.root().getPhysicalPath()),
            "portal_type": CONTENT_TYPES,
            "review_state": "published",
        }
        words = search_text(self.value("SearchableText"))
        if words:
            query["SearchableText"] = munge_search_term(words)
        if self.value("department"):
            query["hami_department"] = self.value("department")
        if self.value("kind"):
            query["hami_column_kind"] = self.value("kind")
        if self.value("type") in dict(TYPES):
            query["portal_type"] = self.value("type")
        start, end = self._date("from"), self._date("to", end=True)
        if start and end:
            query["effective"] = {"query": (start, end), "range": "min:max"}
        elif start:
            query["effective"] = {"query": start, "range": "min"}
        elif end:
            query["effective"] = {"query": end, "range": "max"}
        filters = ("SearchableText", "department", "kind", "type", "from", "to")
        if not any(self.value(name) for name in filters):
            return None  # an empty form: show the form, not the whole portal
        query["sort_on"] = "effective"
        query["sort_order"] = "descending"
        return query

    @memoize
    def exact_documents(self):
        """A search for a document number finds that document first."""
        text = self.value("SearchableText")
        if not text:
            return []
        return api.content.find(
            document_number=text, path=self.query()["path"], review_state="published"
        )

    def batch(self) -> Batch | None:
        query = self.query()
        if query is None:
            return None
        exact = list(self.exact_documents())
        seen = {brain.getRID() for brain in exact}
        results = exact + [
            brain for brain in api.content.find(**query) if brain.getRID() not in seen
        ]
        start = self.b_start()
        return Batch(results, self.page_size, start)
