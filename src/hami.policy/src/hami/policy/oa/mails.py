"""Mail of office automation: whose turn it is, and chasing (催办)."""

from hami.policy import _
from hami.policy.cases.notify import send
from hami.policy.cases.notify import STAFF_LANGUAGE
from hami.policy.links import url_of
from hami.policy.organisation.groups import emails_of_group
from hami.policy.organisation.groups import LEADERSHIP
from hami.policy.organisation.groups import office_group
from hami.policy.organisation.groups import reviewers_group
from plone import api
from zope.i18nmessageid import Message


def _mapping(document) -> dict:
    return {
        "number": document.doc_number or "",
        "title": document.title,
        "url": url_of(document),
    }


def send_chase(document, receipt) -> None:
    """催办: the recipient unit's office is reminded; the deadline is named."""
    mapping = _mapping(document)
    mapping["deadline"] = receipt.deadline.isoformat() if receipt.deadline else "—"
    send(
        emails_of_group(office_group(receipt.unit)),
        Message(
            _("mail_oa_chase_subject", default="Reminder: ${title} ${number}"),
            mapping=mapping,
        ),
        Message(
            _(
                "mail_oa_chase_body",
                default="The issuing office asks your unit to sign for and handle "
                "“${title}” (${number}); deadline: ${deadline}.\n\n${url}",
            ),
            mapping=mapping,
        ),
        STAFF_LANGUAGE,
    )


def issued(document) -> None:
    """Each recipient unit's office hears that a document waits for it."""
    mapping = _mapping(document)
    recipients = sorted({
        email
        for unit in document.recipients()
        for email in emails_of_group(office_group(unit))
    })
    send(
        recipients,
        Message(
            _("mail_oa_issued_subject", default="New document: ${title} ${number}"),
            mapping=mapping,
        ),
        Message(
            _(
                "mail_oa_issued_body",
                default="“${title}” (${number}) has been sent to your unit. Sign "
                "for it in office automation:\n\n${url}",
            ),
            mapping=mapping,
        ),
        STAFF_LANGUAGE,
    )


def _signers(document) -> list[str]:
    group = (
        LEADERSHIP
        if document.prefecture_level
        else reviewers_group(document.owner_unit())
    )
    return emails_of_group(group)


def _author(document) -> list[str]:
    user = api.user.get(userid=document.Creator())
    email = user.getProperty("email") if user else ""
    return [email] if email else []


def _offices(document) -> list[str]:
    return emails_of_group(office_group(document.owner_unit()))


# after each transition: who hears that it is their turn
TURNS = {
    "submit": _offices,
    "approve_check": _signers,
    "return_from_check": _author,
    "return_from_signing": _author,
    "sign": _offices,
    "propose": _signers,
    "return_to_office": _offices,
}


def your_turn(document, transition: str) -> None:
    """Whose turn it is now: the office, the signer, or the author of a draft
    sent back, by mail with the document's address."""
    recipients = TURNS.get(transition)
    if recipients is None:
        return
    mapping = _mapping(document)
    send(
        recipients(document),
        Message(
            _("mail_oa_turn_subject", default="Waiting for you: ${title}"),
            mapping=mapping,
        ),
        Message(
            _(
                "mail_oa_turn_body",
                default="“${title}” waits for your step in office "
                "automation:\n\n${url}",
            ),
            mapping=mapping,
        ),
        STAFF_LANGUAGE,
    )


def notice_sent(notice) -> None:
    """An internal notice reaches its readers' mailboxes: through the unit
    lists (or the all-staff list) of the staff mail server when the portal
    keeps one (mail/), each reader's own address otherwise."""
    from hami.policy.mail import lists
    from hami.policy.organisation.groups import STAFF
    from hami.policy.organisation.groups import staff_group

    units = notice.recipients()
    if lists.available():
        recipients = [lists.unit_list(unit) for unit in units] or [lists.all_staff()]
    else:
        groups = [staff_group(unit) for unit in units] or [STAFF]
        recipients = sorted({
            email for group in groups for email in emails_of_group(group)
        })
    mapping = {"title": notice.title, "url": url_of(notice)}
    send(
        recipients,
        Message(
            _("mail_oa_notice_subject", default="Notice: ${title}"), mapping=mapping
        ),
        Message(
            _(
                "mail_oa_notice_body",
                default="A notice for you: “${title}”. Read it in office "
                "automation (your reading is recorded):\n\n${url}",
            ),
            mapping=mapping,
        ),
        STAFF_LANGUAGE,
    )
