"""What an applicant sees of their application, and how they add what was missing."""

from hami.policy import _
from hami.policy.cases.intake import attach
from hami.policy.cases.lookup import find_case
from hami.policy.cases.uploads import check_upload
from hami.policy.errors import Refused
from hami.policy.servicehall.settings import application_box
from hami.policy.servicehall.settings import settings
from hami.policy.servicehall.workflow import DECIDED
from hami.policy.servicehall.workflow import STATE_TITLES
from plone import api


def _iso(value):
    return value.isoformat()[:10] if value else None


def status(application) -> dict:
    state = api.content.get_state(application)
    decided = state in DECIDED or (state == "closed" and application.answered_on)
    return {
        "tracking_number": application.tracking_number,
        "service": application.service,
        "service_title": application.service_title,
        "state": state,
        "state_title": STATE_TITLES[state],
        "received": _iso(application.received),
        "accepted": _iso(application.accepted_on),
        "deadline": _iso(application.deadline),
        "decided": _iso(application.answered_on),
        "decision_note": application.decision_note if decided else None,
        "refusal_reason": application.refusal_reason if state == "refused" else None,
        "missing": application.supplement_request
        if state == "supplement_requested"
        else None,
    }


def find(tracking_number: str, query_code: str, address: str):
    limit = settings().lookups_per_hour
    return find_case(application_box(), tracking_number, query_code, address, limit)


def supplement(application, files: list[tuple[str, bytes]]) -> None:
    """The applicant's missing documents; the application goes back to the centre."""
    if api.content.get_state(application) != "supplement_requested":
        raise Refused(
            _(
                "error_no_supplement",
                default="Nothing is missing from this application now.",
            )
        )
    if not files:
        raise Refused(
            _("error_no_files", default="Please choose the files to add."), "files"
        )
    uploads = [
        check_upload(name, data, settings().file_kb * 1024) for name, data in files
    ]
    with api.env.adopt_roles(["Manager"]):
        for upload in uploads:
            attach(application, "supplement", upload)
        api.content.transition(obj=application, transition="supplemented")
