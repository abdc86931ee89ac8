"""POST …/@workflow/<transition> on an application: the steps with their data."""

from hami.policy.cases.services import CaseWorkflowTransition
from hami.policy.servicehall.steps import BY_TRANSITION


class ApplicationTransition(CaseWorkflowTransition):
    steps = BY_TRANSITION
