"""What each step of a letter's handling does besides changing its state."""

from datetime import timedelta
from hami.policy.caching.purge import purge
from hami.policy.cases import clock
from hami.policy.cases.workingdays import calendar
from hami.policy.mailbox.mails import answer_available
from hami.policy.mailbox.mails import work_waiting
from hami.policy.mailbox.settings import archive
from hami.policy.mailbox.settings import OFFICE
from hami.policy.mailbox.settings import PETITIONS_OFFICE
from hami.policy.mailbox.settings import settings
from hami.policy.mailbox.workflow import WORKFLOW
from hami.policy.organisation.groups import editors_group
from hami.policy.organisation.groups import reviewers_group
from plone import api
from plone.dexterity.utils import createContent
from zope.lifecycleevent import modified


HANDLER_ROLES = ("LetterHandler", "LetterLeader", "LetterApprover")
PETITION_DAYS = 60  # the petitions regulations' legal clock, in calendar days
MAILED_STEPS = (
    "accept",
    "reassign",
    "return_answer",
    "submit_answer",
    "approve_answer",
)


def assign(letter, unit_id: str) -> None:
    """Give the letter to ``unit_id``: only its webmasters and leaders see it.

    The answer is approved by the mailbox office's leaders, or by the prefecture
    leadership when the letter is addressed to the commissioner.
    """
    for principal, roles in list(letter.get_local_roles()):
        kept = [role for role in roles if role not in HANDLER_ROLES]
        if kept != list(roles):
            letter.manage_delLocalRoles([principal])
            if kept:
                letter.manage_setLocalRoles(principal, kept)
    letter.manage_setLocalRoles(editors_group(unit_id), ["LetterHandler"])
    letter.manage_setLocalRoles(reviewers_group(unit_id), ["LetterLeader"])
    approver = "leadership" if letter.for_commissioner else reviewers_group(OFFICE)
    letter.manage_addLocalRoles(approver, ["LetterApprover"])
    letter.handling_department = unit_id
    letter.reindexObjectSecurity()


def _accepted(letter, now) -> None:
    limits = settings()
    days = limits.deadline_complex if letter.complex_case else limits.deadline_ordinary
    letter.accepted_on = now.date()
    letter.deadline = calendar().add(now.date(), days)
    letter.reminded_on = None
    assign(letter, letter.handling_department)


def _transferred(letter, now) -> None:
    letter.accepted_on = now.date()
    letter.deadline = now.date() + timedelta(days=PETITION_DAYS)
    assign(letter, PETITIONS_OFFICE)
    letter.completed_on = now


def _answered(letter, now) -> None:
    letter.answered_on = now
    answer_available(letter)


def _completed(letter, now) -> None:
    letter.completed_on = letter.completed_on or now


def _published(letter, now) -> None:
    _completed(letter, now)
    publish_copy(letter)


STEPS = {
    "accept": _accepted,
    "reassign": _accepted,
    "transfer": _transferred,
    "approve_final": _answered,
    "refuse": _completed,
    "close": _completed,
    "publish": _published,
    "unpublish": lambda letter, now: withdraw_copy(letter),
}


def on_transition(letter, event) -> None:
    if event.workflow is None or event.workflow.getId() != WORKFLOW:
        return
    if event.transition is None:
        return
    transition = event.transition.getId()
    if transition in STEPS:
        STEPS[transition](letter, clock.now())
    letter.reindexObject()
    if transition in MAILED_STEPS:
        work_waiting(letter, transition)


def publish_copy(letter) -> None:
    """The public copy: title, letter and answer as the office redacted them."""
    with api.env.adopt_roles(["Manager"]):
        public = api.content.get(UID=letter.public_uid) if letter.public_uid else None
        fields = {
            "title": letter.redacted_title,
            "letter_type": letter.letter_type,
            "body": letter.redacted_body,
            "answer": letter.redacted_answer,
            "received": letter.received.date(),
            "answered": (letter.answered_on or clock.now()).date(),
            "answering_department": letter.handling_department,
        }
        if public is None:
            public = createContent("PublishedLetter", **fields)
            folder = archive()
            public.id = letter.getId().replace("l", "p", 1)
            folder._setObject(public.id, public, set_owner=0)
            public = folder[public.id]
            letter.public_uid = api.content.get_uuid(public)
            purge(public)  # the published letters' pages list it now
        else:
            for name, value in fields.items():
                setattr(public, name, value)
            modified(public)
        # the moment of the answer: the list shows newest answers first, and
        # the public sees the copy at once
        public.setEffectiveDate(clock.zope_time(letter.answered_on or clock.now()))
        public.reindexObject()


def withdraw_copy(letter) -> None:
    with api.env.adopt_roles(["Manager"]):
        public = api.content.get(UID=letter.public_uid) if letter.public_uid else None
        if public is not None:
            api.content.delete(public, check_linkintegrity=False)
        letter.public_uid = None
