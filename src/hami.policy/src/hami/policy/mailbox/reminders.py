"""Daily reminders: letters whose deadline is near, to the people handling them.

Run by the daily job (scripts/daily.py); a letter is reminded once per day at
most, so running the job twice on a day sends nothing twice.
"""

from hami.policy.cases import clock
from hami.policy.cases.workingdays import calendar
from hami.policy.mailbox.mails import work_waiting
from hami.policy.mailbox.settings import letter_box
from hami.policy.mailbox.settings import settings
from plone import api


# Whose turn it is in each open state, as the mail step that names them.
TURN = {
    "accepted": "accept",
    "answer_review": "submit_answer",
    "answer_approval": "approve_answer",
}


def remind() -> list[str]:
    """Mail the handlers of letters due soon; returns the letters' numbers."""
    today = clock.today()
    days = calendar()
    window = settings().remind_days_before
    catalog = api.portal.get_tool("portal_catalog")
    reminded = []
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Letter",
        review_state=tuple(TURN),
        path="/".join(letter_box().getPhysicalPath()),
    ):
        letter = brain._unrestrictedGetObject()
        if letter.deadline is None or letter.reminded_on == today:
            continue
        if days.between(today, letter.deadline) > window:
            continue
        work_waiting(letter, TURN[api.content.get_state(letter)])
        letter.reminded_on = today
        reminded.append(letter.tracking_number)
    return reminded
