"""A letter as the mailbox office and the handling department see it."""

from hami.policy.cases import clock
from hami.policy.cases.browser.views import CaseView
from hami.policy.mailbox.settings import settings
from hami.policy.mailbox.workflow import OPEN_STATES
from hami.policy.mailbox.workflow import PUBLIC_STATE_TITLES
from hami.policy.mailbox.workflow import PUBLIC_STATES
from hami.policy.vocabularies.letters import LETTER_TYPES
from plone import api


class LetterView(CaseView):
    open_states = OPEN_STATES

    def type_title(self):
        return dict(LETTER_TYPES).get(self.context.letter_type)

    def state_title(self, brain=None) -> str:
        workflow = api.portal.get_tool("portal_workflow")
        return workflow.getTitleForStateOnType(self.state(), "Letter")

    def public_state(self):
        return PUBLIC_STATE_TITLES[PUBLIC_STATES[self.state()]]

    def red_flag(self) -> bool:
        """Unanswered for longer than the red-flag limit (two months by default)."""
        received = self.context.received
        if not self.is_open() or received is None:
            return False
        return (clock.now() - received).days > settings().red_flag_days
