"""What the public and the writer may know about letters."""

from hami.policy.cases import clock
from hami.policy.cases.lookup import find_case
from hami.policy.cases.text import search_text
from hami.policy.mailbox.settings import archive
from hami.policy.mailbox.settings import letter_box
from hami.policy.mailbox.settings import settings
from hami.policy.mailbox.workflow import PUBLIC_STATE_TITLES
from hami.policy.mailbox.workflow import PUBLIC_STATES
from hami.policy.vocabularies.letters import LETTER_TYPES
from plone import api
from plone.base.utils import munge_search_term


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


def published_query(
    letter_type: str = "", department: str = "", text: str = "", month: str = ""
) -> dict:
    """The catalog query of the published letters (the redacted copies),
    newest answers first; filters that are not valid are left out."""
    query = {
        "portal_type": "PublishedLetter",
        "path": "/".join(archive().getPhysicalPath()),
        "sort_on": "effective",
        "sort_order": "descending",
    }
    if letter_type in dict(LETTER_TYPES):
        query["case_kind"] = letter_type
    if department:
        query["hami_department"] = department
    words = search_text(text)
    if words:
        query["SearchableText"] = munge_search_term(words)
    days = clock.month(month)
    if days is not None:
        query["effective"] = clock.day_range(*days)
    return query
