"""Tell the next person in the review what waits for them, by e-mail.

One mail per transition, to all recipients at once. MailHost queues it until
the transaction commits, so a request retried after a conflict sends nothing
twice and an aborted one sends nothing.
"""

from hami.policy import _
from hami.policy import logger
from hami.policy.links import url_of
from hami.policy.organisation.groups import emails_of_group
from hami.policy.organisation.groups import reviewers_group
from hami.policy.workflow import enclosing_department
from hami.policy.workflow import REVIEW_WORKFLOWS
from plone import api
from Products.DCWorkflow.interfaces import IAfterTransitionEvent
from zope.i18n import translate
from zope.i18nmessageid import Message


def _emails_of_users(user_ids) -> list[str]:
    emails = set()
    for user_id in user_ids:
        user = api.user.get(userid=user_id)
        if user is not None and user.getProperty("email"):
            emails.add(user.getProperty("email"))
    return sorted(emails)


def _recipients(obj, transition: str) -> list[str]:
    if transition == "submit":
        department = enclosing_department(obj)
        if department is None:
            return emails_of_group("centre-reviewers")
        return emails_of_group(reviewers_group(department.unit_id))
    if transition == "send_to_final":
        return emails_of_group("centre-reviewers")
    if transition in ("reject", "approve", "final_approve"):
        return _emails_of_users(obj.listCreators())
    return []


SUBJECTS = {
    "submit": _("mail_subject_submit", default="For your review: ${title}"),
    "send_to_final": _("mail_subject_final", default="For final review: ${title}"),
    "reject": _("mail_subject_reject", default="Sent back: ${title}"),
    "approve": _("mail_subject_published", default="Published: ${title}"),
    "final_approve": _("mail_subject_published", default="Published: ${title}"),
}

BODY = _(
    "mail_body_transition",
    default=(
        "${actor} did “${transition}” on “${title}”.\n\n${comment}\n\n"
        "Open it: ${url}\n\n-- ${portal}"
    ),
)


def notify_reviewers(obj, event: IAfterTransitionEvent) -> None:
    if event.workflow is None or event.workflow.getId() not in REVIEW_WORKFLOWS:
        return
    if event.transition is None or event.transition.getId() not in SUBJECTS:
        return
    transition = event.transition.getId()
    recipients = _recipients(obj, transition)
    if not recipients:
        return
    language = "zh_CN"
    mapping = {
        "title": obj.Title(),
        "actor": api.user.get_current().getProperty("fullname")
        or api.user.get_current().getId(),
        "transition": translate(
            event.transition.actbox_name or transition,
            domain="hami.policy",
            target_language=language,
        ),
        "comment": (event.kwargs or {}).get("comment", ""),
        "url": url_of(obj),
        "portal": api.portal.get_registry_record("plone.site_title"),
    }
    subject = translate(
        Message(SUBJECTS[transition], mapping=mapping), target_language=language
    )
    body = translate(Message(BODY, mapping=mapping), target_language=language)
    try:
        api.portal.send_email(
            recipient=", ".join(recipients), subject=subject, body=body
        )
    except ValueError:
        # No mail server configured: the review still happens, on the worklist.
        logger.warning("MailHost not configured; no mail for %s", obj.absolute_url())
