"""POST …/@workflow/<transition> on a letter: the steps with their data."""

from hami.policy.cases.services import CaseWorkflowTransition
from hami.policy.mailbox.steps import BY_TRANSITION


class LetterTransition(CaseWorkflowTransition):
    steps = BY_TRANSITION
