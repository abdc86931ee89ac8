"""Mail about applications: codes to the applicant, work to the staff."""

from hami.policy import _
from hami.policy.cases.notify import gettext_language
from hami.policy.cases.notify import send
from hami.policy.cases.notify import STAFF_LANGUAGE
from hami.policy.organisation.importer import editors_group
from hami.policy.servicehall.settings import SERVICE_CENTRE
from hami.policy.subscribers.notifications import emails_of_group
from plone import api
from zope.i18nmessageid import Message


def status_url(language: str, tracking_number: str) -> str:
    root = api.portal.get()[language or "zh-cn"]
    return (
        f"{root.absolute_url()}/@@application-status?tracking_number={tracking_number}"
    )


def received(receipt, email: str | None, language: str) -> None:
    mapping = {
        "tracking_number": receipt.tracking_number,
        "query_code": receipt.query_code,
        "url": status_url(language, receipt.tracking_number),
        "portal": api.portal.get_registry_record("plone.site_title"),
    }
    if email:
        send(
            [email],
            Message(
                _(
                    "mail_application_receipt_subject",
                    default="Your application ${tracking_number} was received",
                ),
                mapping=mapping,
            ),
            Message(
                _(
                    "mail_application_receipt_body",
                    default=(
                        "We received your application.\n\n"
                        "Tracking number: ${tracking_number}\n"
                        "Query code: ${query_code}\n\nFollow it here: ${url}\n\n"
                        "Keep the query code to yourself.\n\n-- ${portal}"
                    ),
                ),
                mapping=mapping,
            ),
            gettext_language(language),
        )
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
        "url": status_url(application.language, application.tracking_number),
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
        "url": application.absolute_url(),
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
