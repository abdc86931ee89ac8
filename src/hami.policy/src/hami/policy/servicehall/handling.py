"""What each step of an application does besides changing its state."""

from hami.policy import _
from hami.policy.cases import clock
from hami.policy.cases.workingdays import calendar
from hami.policy.organisation.groups import editors_group
from hami.policy.organisation.groups import reviewers_group
from hami.policy.servicehall import mails
from hami.policy.servicehall.settings import SERVICE_CENTRE
from hami.policy.servicehall.workflow import WORKFLOW


DEPARTMENT_ROLES = ("CaseHandler", "CaseLeader")


def assign(application) -> None:
    """The responsible department's webmasters and leaders see and decide it."""
    unit = application.responsible_department
    application.manage_setLocalRoles(editors_group(unit), ["CaseHandler"])
    application.manage_setLocalRoles(reviewers_group(unit), ["CaseLeader"])
    application.handling_department = unit
    application.reindexObjectSecurity()


def _accepted(application, now) -> None:
    application.accepted_on = now.date()
    application.deadline = calendar().add(now.date(), application.time_limit_days or 0)
    assign(application)
    mails.changed(
        application,
        _(
            "mail_application_accepted",
            default="Your application has been accepted. Follow it here: ${url}",
        ),
    )
    mails.work_waiting(application, editors_group(application.responsible_department))


def _refused(application, now) -> None:
    application.completed_on = now
    mails.changed(
        application,
        _(
            "mail_application_refused",
            default="Your application was not accepted; the reason is on its "
            "page: ${url}",
        ),
    )


def _supplement(application, now) -> None:
    mails.changed(
        application,
        _(
            "mail_application_supplement",
            default="Something is missing from your application; see what and "
            "add it here: ${url}",
        ),
    )


def _supplemented(application, now) -> None:
    mails.work_waiting(application, editors_group(SERVICE_CENTRE))


def _proposed(application, now) -> None:
    mails.work_waiting(application, "leadership")


def _decided(application, now) -> None:
    application.answered_on = now
    mails.changed(
        application,
        _(
            "mail_application_decided",
            default="Your application has been decided; see the decision here: ${url}",
        ),
    )


def _closed(application, now) -> None:
    application.completed_on = now


STEPS = {
    "accept": _accepted,
    "refuse": _refused,
    "request_supplement": _supplement,
    "supplemented": _supplemented,
    "propose_approval": _proposed,
    "propose_denial": _proposed,
    "approve": _decided,
    "deny": _decided,
    "leadership_approve": _decided,
    "leadership_deny": _decided,
    "close": _closed,
}


def on_transition(application, event) -> None:
    if event.workflow is None or event.workflow.getId() != WORKFLOW:
        return
    if event.transition is None:
        return
    step = STEPS.get(event.transition.getId())
    if step is not None:
        step(application, clock.now())
    application.reindexObject()
