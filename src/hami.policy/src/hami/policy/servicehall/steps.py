"""The steps of an application's handling that carry data, for forms and REST.

Each names the permission it needs (granted by the workflow in the states
where the step belongs), its fields, what it records and its transition
(``cases.steps`` guards them before anything is written).
"""

from hami.policy import _
from hami.policy.cases.steps import by_transition
from hami.policy.cases.steps import data_check
from hami.policy.cases.steps import IReason
from hami.policy.cases.steps import Step
from hami.policy.cases.steps import transitions
from hami.policy.servicehall import permissions
from zope import schema
from zope.interface import Interface
from zope.schema.vocabulary import SimpleVocabulary


DECISIONS = ("approve", "deny", "propose_approval", "propose_denial")


class IMissing(Interface):
    missing = schema.Text(
        title=_("What is missing"),
        description=_(
            "The applicant reads this and adds the documents on the status page."
        ),
        required=True,
        max_length=2000,
    )


class IDecisionNote(Interface):
    note = schema.Text(
        title=_("Decision and reasons"),
        description=_("The applicant reads this once the application is decided."),
        required=True,
        max_length=5000,
    )


class IDecision(IDecisionNote):
    decision = schema.Choice(
        title=_("Decision"),
        vocabulary=SimpleVocabulary.fromValues(DECISIONS),
        required=True,
    )


def _refuse(application, data) -> None:
    application.refusal_reason = data["reason"]


def _request_supplement(application, data) -> None:
    application.supplement_request = data["missing"]


@transitions(*DECISIONS)
def _decision(application, data) -> str:
    return data["decision"]


def _decide(application, data) -> None:
    application.decision_note = data["note"]
    if data["decision"].startswith("propose_"):
        application.proposed = data["decision"].removeprefix("propose_")


STEPS = {
    "refuse": Step(
        "refuse",
        permissions.ACCEPT_APPLICATIONS,
        IReason,
        _refuse,
        "refuse",
        requires=("refusal_reason",),
    ),
    "request_supplement": Step(
        "request_supplement",
        permissions.ACCEPT_APPLICATIONS,
        IMissing,
        _request_supplement,
        "request_supplement",
        requires=("supplement_request",),
    ),
    "decide": Step(
        "decide",
        permissions.DECIDE_APPLICATIONS,
        IDecision,
        _decide,
        _decision,
        requires=("decision_note",),
        transition_field="decision",
    ),
}
# The step behind each transition that needs data (REST: @workflow/<id>),
# and the check that the workflow never takes one without its data.
BY_TRANSITION = by_transition(STEPS)
require_step_data = data_check(STEPS)
