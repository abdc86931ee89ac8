"""The steps of a letter's handling that carry data, for forms and REST alike.

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
from hami.policy.mailbox import permissions
from hami.policy.mailbox.redaction import mask
from hami.policy.mailbox.redaction import record
from plone import api
from zope import schema
from zope.interface import Interface


class IAccept(Interface):
    department = schema.Choice(
        title=_("Department that answers"),
        vocabulary="hami.policy.Departments",
        required=True,
    )
    complex_case = schema.Bool(
        title=_("Complex letter"),
        description=_("Complex letters get the longer deadline."),
        required=False,
    )


class IAnswer(Interface):
    answer = schema.Text(title=_("Answer"), required=True, max_length=10000)


class IRedaction(Interface):
    redacted_title = schema.TextLine(
        title=_("Published title"), required=True, max_length=200
    )
    redacted_body = schema.Text(
        title=_("Published letter"), required=True, max_length=10000
    )
    redacted_answer = schema.Text(
        title=_("Published answer"), required=True, max_length=10000
    )


@transitions("accept", "reassign")
def _accept_or_reassign(letter, data) -> str:
    return "reassign" if api.content.get_state(letter) == "accepted" else "accept"


def _accept(letter, data) -> None:
    letter.handling_department = data["department"]
    letter.complex_case = bool(data["complex_case"])


def _refuse(letter, data) -> None:
    letter.refusal_reason = data["reason"]


def _transfer(letter, data) -> None:
    letter.transfer_note = data["reason"]


def _return(letter, data) -> None:
    letter.answer_rejection = data["reason"]


def _answer(letter, data) -> None:
    letter.answer = data["answer"]
    letter.answer_rejection = None


def automatic_redaction(letter) -> dict[str, str]:
    """Title, letter and answer with what has a shape masked (phones, IDs …)."""
    names = (letter.writer_name,)
    return {
        "redacted_title": mask(letter.letter_title, names),
        "redacted_body": mask(letter.body, names),
        "redacted_answer": mask(letter.answer, names),
    }


@transitions("publish")
def _publish_or_correct(letter, data) -> str:
    return "" if api.content.get_state(letter) == "published" else "publish"


def _redact(letter, data) -> None:
    """Keep who masked what (automatically, then by hand), then the text."""
    from hami.policy.mailbox.handling import publish_copy

    actor = api.user.get_current().getId()
    automatic = automatic_redaction(letter)
    originals = {
        "redacted_title": letter.letter_title,
        "redacted_body": letter.body,
        "redacted_answer": letter.answer,
    }
    masked = [name for name, value in automatic.items() if value != originals[name]]
    if masked:
        record(letter, actor, "automatic", masked)
    manual = [name for name, value in data.items() if value != automatic[name]]
    if manual:
        record(letter, actor, "manual", manual)
    for name, value in data.items():
        setattr(letter, name, value)
    if api.content.get_state(letter) == "published":
        publish_copy(letter)  # a correction of the public copy


STEPS = {
    "accept": Step(
        "accept",
        permissions.REVIEW_LETTERS,
        IAccept,
        _accept,
        _accept_or_reassign,
        requires=("handling_department",),
    ),
    "refuse": Step(
        "refuse",
        permissions.REVIEW_LETTERS,
        IReason,
        _refuse,
        "refuse",
        requires=("refusal_reason",),
    ),
    "transfer": Step(
        "transfer",
        permissions.REVIEW_LETTERS,
        IReason,
        _transfer,
        "transfer",
        requires=("transfer_note",),
    ),
    "return_answer": Step(
        "return_answer",
        permissions.APPROVE_ANSWERS,
        IReason,
        _return,
        "return_answer",
        requires=("answer_rejection",),
    ),
    "answer": Step(
        "answer",
        permissions.ANSWER_LETTERS,
        IAnswer,
        _answer,
        "submit_answer",
        requires=("answer",),
    ),
    "publish": Step(
        "publish",
        permissions.PUBLISH_LETTERS,
        IRedaction,
        _redact,
        _publish_or_correct,
        requires=("redacted_title", "redacted_body", "redacted_answer"),
    ),
}
# The step behind each transition that needs data (REST: @workflow/<id>),
# and the check that the workflow never takes one without its data.
BY_TRANSITION = by_transition(STEPS)
require_step_data = data_check(STEPS)
