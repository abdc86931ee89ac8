"""Mail about letters: the codes to the writer, work to the handlers.

Queued through MailHost like every mail of the portal. Mails to the writer are
in the language they wrote in; mails to staff in Chinese.
"""

from hami.policy import _
from hami.policy.cases.notify import gettext_language
from hami.policy.cases.notify import send
from hami.policy.cases.notify import STAFF_LANGUAGE
from hami.policy.links import url_of
from hami.policy.mailbox.settings import LETTERS
from hami.policy.mailbox.settings import OFFICE
from hami.policy.organisation.groups import editors_group
from hami.policy.organisation.groups import emails_of_group
from hami.policy.organisation.groups import reviewers_group
from zope.i18nmessageid import Message


def answer_available(letter) -> None:
    if not letter.email:
        return
    mapping = {
        "tracking_number": letter.tracking_number,
        "url": LETTERS.status_url(letter),
    }
    send(
        [letter.email],
        Message(
            _(
                "mail_letter_answered_subject",
                default="Your letter ${tracking_number} has been answered",
            ),
            mapping=mapping,
        ),
        Message(
            _(
                "mail_letter_answered_body",
                default="Read the answer with your tracking number and query "
                "code: ${url}",
            ),
            mapping=mapping,
        ),
        gettext_language(letter.language),
    )


WORK = {
    "received": (lambda letter: emails_of_group(editors_group(OFFICE))),
    "accept": (
        lambda letter: emails_of_group(editors_group(letter.handling_department))
    ),
    "reassign": (
        lambda letter: emails_of_group(editors_group(letter.handling_department))
    ),
    "return_answer": (
        lambda letter: emails_of_group(editors_group(letter.handling_department))
    ),
    "submit_answer": (
        lambda letter: emails_of_group(reviewers_group(letter.handling_department))
    ),
    "approve_answer": (
        lambda letter: (
            emails_of_group("leadership")
            if letter.for_commissioner
            else emails_of_group(reviewers_group(OFFICE))
        )
    ),
}


def work_waiting(letter, step: str) -> None:
    """One mail to the people whose turn it is (never the letter's content)."""
    recipients = WORK[step](letter)
    mapping = {"tracking_number": letter.tracking_number, "url": url_of(letter)}
    send(
        recipients,
        Message(
            _(
                "mail_letter_work_subject",
                default="Letter ${tracking_number} waits for you",
            ),
            mapping=mapping,
        ),
        Message(
            _("mail_letter_work_body", default="Open the letter: ${url}"),
            mapping=mapping,
        ),
        STAFF_LANGUAGE,
    )
