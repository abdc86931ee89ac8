"""A citizen's letter, from a form or the REST API, checked and stored once.

Every refusal is a :class:`Refused` with a message for the writer; nothing is
stored until every check has passed. Sending the same letter twice (the same
text from the same contact on the same day) stores it once (``cases.intake``).
"""

from dataclasses import dataclass
from dataclasses import field
from hami.policy import _
from hami.policy.cases.intake import check_email
from hami.policy.cases.intake import check_length
from hami.policy.cases.intake import NAME_MAX
from hami.policy.cases.intake import PHONE
from hami.policy.cases.text import clean_text
from hami.policy.cases.text import normalised_for_duplicates
from hami.policy.cases.uploads import check_upload
from hami.policy.content.letter import COMMISSIONER
from hami.policy.errors import Refused
from hami.policy.mailbox import mails
from hami.policy.mailbox.settings import LETTERS
from hami.policy.mailbox.settings import settings
from hami.policy.vocabularies.letters import LETTER_TYPES
from plone import api


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
    check_length(data["writer_name"], NAME_MAX, "name")
    if not PHONE.match(data["phone"]):
        raise Refused(
            _(
                "error_phone",
                default="Please give a phone number we can call (digits only).",
            ),
            "phone",
        )
    check_email(data["email"])
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


def submit(form: LetterForm, sender_address: str) -> tuple[object, bool]:
    """Check and store a letter; return it and whether it had come before.

    Raise :class:`Refused` with the reason when it is not accepted. A new letter
    is announced to the writer (the codes) and to the mailbox office.
    """
    data = _check(form, _departments())
    attachments = data.pop("attachments")
    contact = data["phone"] or data["email"]
    letter, duplicate = LETTERS.receive(
        fingerprint=f"{contact}|{normalised_for_duplicates(data['body'])}",
        contact=contact,
        sender_address=sender_address,
        per_hour=settings().letters_per_hour,
        fields=data,
        files=[
            (f"attachment-{index}", upload)
            for index, upload in enumerate(attachments, start=1)
        ],
    )
    if not duplicate:
        LETTERS.send_receipt(letter)
        mails.work_waiting(letter, "received")
    return letter, duplicate
