"""Where the mailbox keeps its letters, who runs it, and its settings."""

from hami.policy import _
from hami.policy.cases.intake import Intake
from hami.policy.controlpanels.settings import IMailboxSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


LETTER_BOX = "letterbox"  # private: the letters themselves
ARCHIVE = "letters"  # public: redacted copies of published letters
OFFICE = "mailbox"  # the unit id of the commissioner's mailbox office
PETITIONS_OFFICE = "xfj"  # 信访局
TRACKING_PREFIX = "XJ"  # 信件

LETTERS = Intake(
    portal_type="Letter",
    box_id=LETTER_BOX,
    id_prefix="l",
    tracking_prefix=TRACKING_PREFIX,
    status_view="letter-status",
    receipt_subject=_(
        "mail_letter_receipt_subject",
        default="Your letter ${tracking_number} was received",
    ),
    receipt_body=_(
        "mail_letter_receipt_body",
        default=(
            "We received your letter.\n\nTracking number: ${tracking_number}\n"
            "Query code: ${query_code}\n\nFollow it here: ${url}\n\n"
            "Keep the query code to yourself.\n\n-- ${portal}"
        ),
    ),
)


def settings() -> IMailboxSettings:
    return getUtility(IRegistry).forInterface(
        IMailboxSettings, prefix="hami.policy.mailbox", check=False
    )


def letter_box():
    return LETTERS.box()


def archive():
    return api.portal.get()[ARCHIVE]
