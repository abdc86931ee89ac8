"""What the public and the writer may know about letters."""

from hami.policy import _
from hami.policy.cases import codes
from hami.policy.cases.protection import Refused
from hami.policy.cases.protection import Throttle
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
NOT_FOUND = _(
    "error_letter_not_found",
    default="No letter matches this tracking number and query code. Please check "
    "both and try again.",
)
_lookups = Throttle(limit=10, seconds=3600)


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
    _lookups.limit = settings().lookups_per_hour
    key = codes.keyed_hash(address, "lookup")
    if _lookups.blocked(key):
        raise Refused(
            _(
                "error_lookup_blocked",
                default="Too many attempts. Please try again in an hour.",
            ),
            status=429,
        )
    letter = None
    number = codes.normalise_tracking_number(tracking_number)
    if number and codes.check_query_code(number, query_code):
        letter = codes.object_for(letter_box(), number)
    if letter is None:
        _lookups.fail(key)
        raise Refused(NOT_FOUND, status=404)
    return status(letter)
