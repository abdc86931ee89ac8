"""A case over REST: its steps through ``@workflow``, never through PATCH.

``POST …/@workflow/<transition>`` on a letter or an application runs the same
step as the form (``cases.steps``): the step's data comes in the JSON body,
e.g. ``{"department": "fgw"}`` for ``accept``, and is checked before anything
is written. Transitions without data go to plone.restapi's own endpoint.

``PATCH`` is refused: what a citizen wrote, their consent, an approved answer
or decision change only by a workflow step that the history records.
"""

from hami.policy import _
from hami.policy.cases.steps import NOT_NOW
from hami.policy.cases.steps import Step
from hami.policy.cases.steps import take
from hami.policy.errors import Refused
from hami.policy.services.base import error
from hami.policy.services.base import HamiService
from hami.policy.services.base import json_object
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.services.workflow.transition import WorkflowTransition
from plone.restapi.services.workflow.utils import elevated_privileges
from typing import ClassVar
from zope.interface import alsoProvides


class CaseWorkflowTransition(WorkflowTransition):
    """``@workflow/<transition>`` of a case; ``steps`` maps the transitions
    that carry data to their step."""

    steps: ClassVar[dict[str, Step]] = {}

    def reply(self):
        step = self.steps.get(self.transition or "")
        if step is None:
            return super().reply()
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_object(self.request)
            if step.transition_field:  # e.g. the decision is the transition
                data[step.transition_field] = self.transition
            # the step chooses its transition by the state (accept or
            # reassign); asking for the other one is refused, unwritten
            if step.transition_for(self.context, data) != self.transition:
                raise Refused(NOT_NOW, status=409)
            take(self.context, step, data)
        except Refused as refused:
            return error(self.request, refused)
        with elevated_privileges(self.context):
            history = self.wftool.getInfoFor(self.context, "review_history")
        return json_compatible(history[-1])


class CasePatch(HamiService):
    """PATCH on a case: refused, with the way that works."""

    def answer(self):
        raise Refused(
            _(
                "error_case_patch",
                default="Letters and applications change only through their "
                "workflow steps (POST …/@workflow/<step> with the step's data).",
            ),
            status=403,
        )
