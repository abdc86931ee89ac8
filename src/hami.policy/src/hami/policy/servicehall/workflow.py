"""Facts about the applications' workflow (hami_application_workflow), beside it.

The workflow itself is in profiles/default/workflows/hami_application_workflow.
"""

from hami.policy import _


WORKFLOW = "hami_application_workflow"

# Applications the administration still has to finish.
OPEN_STATES = (
    "submitted",
    "supplement_requested",
    "accepted",
    "under_review",
    "pending_leadership",
)
DECIDED = ("approved", "denied")
FINISHED = (*DECIDED, "refused", "closed")

# What the applicant reads for each state.
STATE_TITLES = {
    "submitted": _(
        "application_state_submitted", default="Submitted, awaiting acceptance"
    ),
    "supplement_requested": _(
        "application_state_supplement", default="Something is missing"
    ),
    "refused": _("application_state_refused", default="Not accepted"),
    "accepted": _("application_state_accepted", default="Accepted, being handled"),
    "under_review": _("application_state_review", default="Being examined"),
    "pending_leadership": _("application_state_leadership", default="Being examined"),
    "approved": _("application_state_approved", default="Approved"),
    "denied": _("application_state_denied", default="Denied"),
    "closed": _("application_state_closed", default="Closed"),
}
