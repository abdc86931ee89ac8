"""A column's page: what it published, newest first, and its feed."""

from hami.policy.browser.listing import CONTENT_TYPES
from hami.policy.browser.listing import ListingView
from plone import api
from plone.batching import Batch


class ColumnView(ListingView):
    page_size = 20

    @property
    def path(self) -> dict:
        return {"query": "/".join(self.context.getPhysicalPath()), "depth": 1}

    def batch(self) -> Batch:
        results = api.content.find(
            path=self.path,
            portal_type=(*CONTENT_TYPES, "Leader", "LiveEvent"),
            review_state="published",
            sort_on="effective",
            sort_order="descending",
        )
        start = self.b_start()
        return Batch(results, self.page_size, start)

    def unpublished(self):
        """Drafts and items in review, for the department's own staff."""
        if not api.user.has_permission("Add portal content", obj=self.context):
            return []
        return api.content.find(
            path=self.path,
            portal_type=(*CONTENT_TYPES, "Leader", "LiveEvent"),
            review_state=("draft", "pending_department", "pending_final"),
            sort_on="modified",
            sort_order="descending",
        )

    def feed_url(self) -> str:
        return f"{self.context.absolute_url()}/RSS"
