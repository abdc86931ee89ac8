"""Mail about applications: codes to the applicant, work to the staff."""

from hami.policy import _
from hami.policy.cases.notify import gettext_language
from hami.policy.cases.notify import send
from hami.policy.cases.notify import STAFF_LANGUAGE
from hami.policy.links import url_of
from hami.policy.organisation.groups import editors_group
from hami.policy.organisation.groups import emails_of_group
from hami.policy.servicehall.settings import APPLICATIONS
from hami.policy.servicehall.settings import SERVICE_CENTRE
from zope.i18nmessageid import Message


def new_application(application) -> None:
    """The service centre's staff hear of every new application."""
    mapping = {"tracking_number": application.tracking_number}
    send(
        emails_of_group(editors_group(SERVICE_CENTRE)),
        Message(
            _(
                "mail_application_new_subject",
                default="New application ${tracking_number}",
            ),
            mapping=mapping,
        ),
        Message(
            _(
                "mail_application_new_body",
                default="A new application waits for the service centre.",
            ),
            mapping=mapping,
        ),
        STAFF_LANGUAGE,
    )


def changed(application, message) -> None:
    """Tell the applicant their application moved on (if they gave an address)."""
    if not application.email:
        return
    mapping = {
        "tracking_number": application.tracking_number,
        "url": APPLICATIONS.status_url(application),
    }
    send(
        [application.email],
        Message(
            _(
                "mail_application_changed_subject",
                default="News about your application ${tracking_number}",
            ),
            mapping=mapping,
        ),
        Message(message, mapping=mapping),
        gettext_language(application.language),
    )


def work_waiting(application, group_id: str) -> None:
    mapping = {
        "tracking_number": application.tracking_number,
        "url": url_of(application),
    }
    send(
        emails_of_group(group_id),
        Message(
            _(
                "mail_application_work_subject",
                default="Application ${tracking_number} waits for you",
            ),
            mapping=mapping,
        ),
        Message(
            _("mail_application_work_body", default="Open the application: ${url}"),
            mapping=mapping,
        ),
        STAFF_LANGUAGE,
    )
