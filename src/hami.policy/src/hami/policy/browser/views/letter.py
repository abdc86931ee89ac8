"""A letter as the mailbox office and the handling department see it."""

from hami.policy.browser.views.listing import ListingView
from hami.policy.cases import clock
from hami.policy.mailbox.public import PUBLIC_STATE_TITLES
from hami.policy.mailbox.public import PUBLIC_STATES
from hami.policy.mailbox.settings import settings
from hami.policy.vocabularies.letters import LETTER_TYPES
from plone import api
from plone.protect.utils import addTokenToUrl


OPEN_STATES = ("received", "reviewing", "accepted", "answer_review", "answer_approval")


class LetterView(ListingView):
    def type_title(self):
        return dict(LETTER_TYPES).get(self.context.letter_type)

    def state_title(self, brain=None) -> str:
        workflow = api.portal.get_tool("portal_workflow")
        return workflow.getTitleForStateOnType(
            api.content.get_state(self.context), "Letter"
        )

    def public_state(self):
        return PUBLIC_STATE_TITLES[PUBLIC_STATES[api.content.get_state(self.context)]]

    def is_open(self) -> bool:
        return api.content.get_state(self.context) in OPEN_STATES

    def overdue(self) -> bool:
        deadline = self.context.deadline
        return bool(self.is_open() and deadline and deadline < clock.today())

    def red_flag(self) -> bool:
        """Unanswered for longer than the red-flag limit (two months by default)."""
        received = self.context.received
        if not self.is_open() or received is None:
            return False
        return (clock.now() - received).days > settings().red_flag_days

    def unit_title(self, unit_id: str | None) -> str:
        return self.department_titles().get(unit_id or "", unit_id or "")

    def actions(self) -> list[dict]:
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
