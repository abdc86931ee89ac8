"""What the public and the writer may know about letters."""

from hami.policy import _
from hami.policy.cases.lookup import find_case
from hami.policy.mailbox.settings import letter_box
from hami.policy.mailbox.settings import settings
from plone import api


# The writer sees three public states (待审核, 办理中, 已答复) or the outcome.
PUBLIC_STATES = {
    "received": "awaiting",
    "reviewing": "awaiting",
    "accepted": "handling",
    "answer_review": "handling",
    "answer_approval": "handling",
    "answered": "answered",
    "published": "answered",
    "closed": "answered",
    "not_accepted": "not_accepted",
    "transferred": "transferred",
}
PUBLIC_STATE_TITLES = {
    "awaiting": _("letter_state_awaiting", default="Awaiting review"),
    "handling": _("letter_state_handling", default="Being handled"),
    "answered": _("letter_state_answered", default="Answered"),
    "not_accepted": _("letter_state_not_accepted", default="Not accepted"),
    "transferred": _(
        "letter_state_transferred", default="Transferred to the petitions office"
    ),
}


def status(letter) -> dict:
    """The writer's view of their letter: state, dates, and the answer once given."""
    state = PUBLIC_STATES[api.content.get_state(letter)]
    result = {
        "tracking_number": letter.tracking_number,
        "state": state,
        "state_title": PUBLIC_STATE_TITLES[state],
        "received": letter.received.date().isoformat() if letter.received else None,
        "answered": letter.answered_on.date().isoformat()
        if letter.answered_on
        else None,
        "answer": letter.answer if state == "answered" else None,
        "reason": letter.refusal_reason if state == "not_accepted" else None,
        "department": letter.handling_department if state != "awaiting" else None,
    }
    return result


def lookup(tracking_number: str, query_code: str, address: str) -> dict:
    """Status for whoever holds both codes; one message for every mismatch."""
    letter = find_case(
        letter_box(), tracking_number, query_code, address, settings().lookups_per_hour
    )
    return status(letter)
