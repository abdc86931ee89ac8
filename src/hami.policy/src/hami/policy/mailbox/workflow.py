"""Facts about the letters' workflow (hami_letter_workflow), beside it.

The workflow itself is in profiles/default/workflows/hami_letter_workflow.
"""

from hami.policy import _


WORKFLOW = "hami_letter_workflow"

# Letters still waiting for an answer: not accepted, transferred, answered
# and published letters are finished.
OPEN_STATES = ("received", "reviewing", "accepted", "answer_review", "answer_approval")

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
