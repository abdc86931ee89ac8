"""A citizen's letter, from a form or the REST API, checked and stored once.

Every refusal is a :class:`Refused` with a message for the writer; nothing is
stored until every check has passed. Sending the same letter twice (the same
text from the same contact on the same day) stores it once: the letter's id is
derived from those, so even two simultaneous copies meet in the folder and the
second one is told the first one's tracking number and query code.
"""

from dataclasses import dataclass
from dataclasses import field
from hami.policy import _
from hami.policy.cases import clock
from hami.policy.cases import codes
from hami.policy.cases.protection import check_upload
from hami.policy.cases.protection import clean_text
from hami.policy.cases.protection import count_and_record
from hami.policy.cases.protection import normalised_for_duplicates
from hami.policy.cases.protection import Refused
from hami.policy.cases.protection import Window
from hami.policy.content.letter import COMMISSIONER
from hami.policy.mailbox.settings import letter_box
from hami.policy.mailbox.settings import settings
from hami.policy.mailbox.settings import TRACKING_PREFIX
from hami.policy.vocabularies.letters import LETTER_TYPES
from plone import api
from plone.dexterity.utils import createContent
from plone.namedfile.file import NamedBlobFile
from zope.event import notify
from zope.lifecycleevent import ObjectAddedEvent

import re
import time


PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,18}[0-9]$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class LetterForm:
    """What the writer sent, before any check."""

    letter_type: str = ""
    addressed_to: str = ""
    title: str = ""
    body: str = ""
    name: str = ""
    phone: str = ""
    email: str = ""
    publish_consent: bool = False
    language: str = "zh-cn"
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class Receipt:
    tracking_number: str
    query_code: str
    duplicate: bool = False


def _check(form: LetterForm, departments: set[str]) -> dict:
    limits = settings()
    data = {
        "letter_type": clean_text(form.letter_type),
        "addressed_to": clean_text(form.addressed_to) or COMMISSIONER,
        "letter_title": clean_text(form.title),
        "body": clean_text(form.body, multiline=True),
        "writer_name": clean_text(form.name),
        "phone": clean_text(form.phone),
        "email": clean_text(form.email),
        "publish_consent": bool(form.publish_consent),
        "language": form.language
        if form.language in ("zh-cn", "ug", "kk", "en")
        else "zh-cn",
    }
    if data["letter_type"] not in dict(LETTER_TYPES):
        raise Refused(
            _("error_letter_type", default="Please choose the kind of letter."),
            "letter_type",
        )
    if data["addressed_to"] not in departments:
        raise Refused(
            _("error_addressed_to", default="Please choose whom the letter is for."),
            "addressed_to",
        )
    length = len(data["letter_title"])
    if not limits.title_min <= length <= limits.title_max:
        raise Refused(
            _(
                "error_title_length",
                default="The title needs ${min} to ${max} characters (now ${count}).",
                mapping={
                    "min": limits.title_min,
                    "max": limits.title_max,
                    "count": length,
                },
            ),
            "title",
        )
    if not data["body"]:
        raise Refused(
            _("error_body_missing", default="Please write your letter."), "body"
        )
    if len(data["body"]) > limits.body_max:
        raise Refused(
            _(
                "error_body_length",
                default="The letter may have at most ${max} characters (now ${count}).",
                mapping={"max": limits.body_max, "count": len(data["body"])},
            ),
            "body",
        )
    if not data["writer_name"]:
        raise Refused(
            _(
                "error_name_missing",
                default="Please give your name; it stays confidential.",
            ),
            "name",
        )
    if not PHONE.match(data["phone"]):
        raise Refused(
            _(
                "error_phone",
                default="Please give a phone number we can call (digits only).",
            ),
            "phone",
        )
    if data["email"] and not EMAIL.match(data["email"]):
        raise Refused(
            _("error_email", default="This e-mail address is not valid."), "email"
        )
    if len(form.attachments) > limits.attachments_max:
        raise Refused(
            _(
                "error_too_many_files",
                default="At most ${max} attachments.",
                mapping={"max": limits.attachments_max},
            ),
            "attachments",
        )
    data["attachments"] = [
        check_upload(name, content, limits.attachment_kb * 1024)
        for name, content in form.attachments
    ]
    return data


def _departments() -> set[str]:
    brains = api.content.find(portal_type="Department", unrestricted=True)
    return {brain.unit_id for brain in brains}


def submit(form: LetterForm, sender_address: str) -> Receipt:
    """Check and store a letter; raise :class:`Refused` with the reason otherwise."""
    data = _check(form, _departments())
    box = letter_box()
    now = clock.now()
    contact = data["phone"] or data["email"]
    letter_id = (
        "l"
        + codes.keyed_hash(
            "|".join((
                now.strftime("%Y-%m-%d"),
                contact,
                normalised_for_duplicates(data["body"]),
            )),
            "duplicate",
        )[:24]
    )
    existing = box.get(letter_id)
    if existing is not None:
        return Receipt(
            existing.tracking_number, codes.query_code(existing.tracking_number), True
        )
    limits = settings()
    count_and_record(
        box,
        codes.keyed_hash(sender_address, "sender")[:32],
        Window(limits.letters_per_hour, 3600),
        time.time(),
    )
    number = codes.register_tracking_number(box, TRACKING_PREFIX, now.date(), letter_id)
    attachments = data.pop("attachments")
    with api.env.adopt_roles(["Manager"]):
        letter = createContent(
            "Letter",
            tracking_number=number,
            received=now,
            contact_hash=codes.keyed_hash(contact, "contact")[:32],
            **data,
        )
        letter.id = letter_id
        # No ContainerModifiedEvent: it would write the folder itself on every
        # letter and make simultaneous letters conflict.
        box._setObject(letter_id, letter, set_owner=0, suppress_events=True)
        letter = box[letter_id]
        notify(ObjectAddedEvent(letter, box, letter_id))
        for index, upload in enumerate(attachments, start=1):
            attachment = createContent(
                "File",
                id=f"attachment-{index}",
                title=upload.filename,
                file=NamedBlobFile(
                    upload.data,
                    contentType=upload.content_type,
                    filename=upload.filename,
                ),
            )
            letter._setObject(attachment.id, attachment, set_owner=0)
    return Receipt(number, codes.query_code(number))
