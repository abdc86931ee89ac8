"""What a case's page shows staff, for letters and applications alike."""

from hami.policy.browser.listing import ListingView
from hami.policy.cases import clock
from plone import api
from plone.protect.utils import addTokenToUrl


class CaseView(ListingView):
    """A case (letter, application) as the people handling it see it.

    Subclasses say which of their workflow's states are still open.
    """

    open_states: tuple[str, ...] = ()

    def state(self) -> str:
        return api.content.get_state(self.context)

    def is_open(self) -> bool:
        return self.state() in self.open_states

    def overdue(self) -> bool:
        deadline = self.context.deadline
        return bool(self.is_open() and deadline and deadline < clock.today())

    def unit_title(self, unit_id: str | None) -> str:
        return self.department_titles().get(unit_id or "", unit_id or "")

    def actions(self) -> list[dict]:
        """The workflow steps the user may take now, with a protected link each."""
        workflow = api.portal.get_tool("portal_workflow")
        return [
            {"id": t["id"], "title": t["title"], "url": addTokenToUrl(t["url"])}
            for t in workflow.listActionInfos(object=self.context)
            if t["allowed"] and t["category"] == "workflow"
        ]

    def attachments(self):
        return self.context.contentValues()

    def history(self):
        workflow = api.portal.get_tool("portal_workflow")
        return reversed(workflow.getInfoFor(self.context, "review_history", []))
