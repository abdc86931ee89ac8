"""One intake for everything a citizen submits: letters, applications, and
whatever comes next.

Each kind of case describes itself once (an :class:`Intake`): its type, its
folder, its tracking-number prefix, the status page and the receipt mail. Its
own module checks what the citizen sent and calls :meth:`Intake.receive`,
which does the rest the same way for all: the limit per address, one case for
the same thing sent twice on a day, the tracking number, the object and its
files, and the mail with the codes.

The case's id is derived from what makes it the same (its fingerprint) and the
day, so that even two simultaneous copies meet in the folder: the second one
finds the first and nothing is stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from hami.policy import _
from hami.policy.cases import clock
from hami.policy.cases import codes
from hami.policy.cases.notify import gettext_language
from hami.policy.cases.notify import send
from hami.policy.cases.protection import count_and_record
from hami.policy.cases.protection import ensure_sender_log
from hami.policy.cases.protection import Window
from hami.policy.cases.uploads import Upload
from hami.policy.errors import Refused
from hami.policy.links import url_of
from plone import api
from plone.dexterity.utils import createContent
from plone.namedfile.file import NamedBlobFile
from zope.event import notify
from zope.i18nmessageid import Message
from zope.lifecycleevent import ObjectAddedEvent

import re
import time


# A number we can call back: digits, spaces, dashes, an optional leading +.
PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,18}[0-9]$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NAME_MAX = 50  # a person's name, in any of the four scripts
EMAIL_MAX = 254
VALUE_MAX = 5000  # one answer of an application form
TOO_LONG = _(
    "error_too_long",
    default="This entry is too long: at most ${max} characters (now ${count}).",
)


def check_length(value: str, limit: int, field: str) -> str:
    """Refuse text longer than ``limit`` characters, saying so."""
    if len(value) > limit:
        raise Refused(
            Message(TOO_LONG, mapping={"max": limit, "count": len(value)}),
            field,
        )
    return value


def check_email(value: str, field: str = "email") -> str:
    """An optional e-mail address: empty, or one that looks like one."""
    if value and (len(value) > EMAIL_MAX or not EMAIL.match(value)):
        raise Refused(
            _("error_email", default="This e-mail address is not valid."), field
        )
    return value


ALREADY_RECEIVED = _(
    "message_already_received",
    default="This was already received. For your protection its tracking number "
    "and query code are not shown again: they have been sent to the e-mail "
    "address given with it, if one was given.",
)


@dataclass(frozen=True)
class Receipt:
    """What the citizen is shown once the case is received.

    The same text sent again shows no codes: whoever sends it again may not be
    the person who wrote it (the codes open the answer and the uploads).
    """

    tracking_number: str | None
    query_code: str | None
    duplicate: bool = False

    @classmethod
    def of(cls, case, duplicate: bool = False) -> Receipt:
        if duplicate:
            return cls(None, None, True)
        number = case.tracking_number
        return cls(number, codes.query_code(number), False)


@dataclass(frozen=True)
class Intake:
    """How one kind of case is received."""

    portal_type: str
    box_id: str  # the private folder of the cases, in the portal root
    id_prefix: str  # first letter of the cases' ids
    tracking_prefix: str  # e.g. XJ (信件), SQ (申请)
    status_view: str  # the page where the citizen follows the case
    receipt_subject: str  # message ids with ${tracking_number} …
    receipt_body: str

    def box(self):
        return api.portal.get()[self.box_id]

    def prepare(self, box) -> None:
        """Created with the folder, so that submissions never write the folder."""
        codes.ensure_registry(box)
        ensure_sender_log(box)

    def status_url(self, case) -> str:
        """The status page in the citizen's language (the code is never in a link)."""
        root = api.portal.get()[getattr(case, "language", None) or "zh-cn"]
        return (
            f"{url_of(root)}/@@{self.status_view}"
            f"?tracking_number={case.tracking_number}"
        )

    def receive(
        self,
        *,
        fingerprint: str,
        contact: str,
        sender_address: str,
        per_hour: int,
        fields: dict,
        files: list[tuple[str, Upload]] = (),
    ) -> tuple[object, bool]:
        """Store the case once; return it and whether it had been received before.

        ``fingerprint`` is what makes two submissions the same (e.g. the contact
        and the text); ``files`` are (id prefix, upload) pairs.
        """
        box = self.box()
        now = clock.now()
        case_id = (
            self.id_prefix
            + codes.keyed_hash(f"{now:%Y-%m-%d}|{fingerprint}", "duplicate")[:24]
        )
        existing = box.get(case_id)
        if existing is not None:
            self.resend_receipt(existing)
            return existing, True
        count_and_record(
            box,
            codes.keyed_hash(sender_address, "sender")[:32],
            Window(per_hour, 3600),
            time.time(),
        )
        number = codes.register_tracking_number(
            box, self.tracking_prefix, now.date(), case_id
        )
        with api.env.adopt_roles(["Manager"]):
            case = createContent(
                self.portal_type,
                tracking_number=number,
                received=now,
                contact_hash=codes.keyed_hash(contact, "contact")[:32],
                **fields,
            )
            case.id = case_id
            # No ContainerModifiedEvent: it would write the folder itself on
            # every case and make simultaneous submissions conflict.
            box._setObject(case_id, case, set_owner=0, suppress_events=True)
            case = box[case_id]
            notify(ObjectAddedEvent(case, box, case_id))
            for id_prefix, upload in files:
                attach(case, id_prefix, upload)
        return case, False

    def resend_receipt(self, case) -> None:
        """The codes once more, to the address on file (once a day at most:
        resending the text must not flood the citizen's mailbox)."""
        today = clock.today()
        if getattr(case, "receipt_resent_on", None) == today:
            return
        case.receipt_resent_on = today
        self.send_receipt(case)

    def send_receipt(self, case) -> None:
        """The tracking number and query code, to the address the citizen gave."""
        email = getattr(case, "email", None)
        if not email:
            return
        mapping = {
            "tracking_number": case.tracking_number,
            "query_code": codes.query_code(case.tracking_number),
            "url": self.status_url(case),
            "portal": api.portal.get_registry_record("plone.site_title"),
        }
        send(
            [email],
            Message(self.receipt_subject, mapping=mapping),
            Message(self.receipt_body, mapping=mapping),
            gettext_language(getattr(case, "language", None)),
        )


def attach(case, id_prefix: str, upload: Upload) -> None:
    """A file of the case, under the first free id starting with ``id_prefix``."""
    attachment = createContent(
        "File",
        title=upload.filename,
        file=NamedBlobFile(
            upload.data, contentType=upload.content_type, filename=upload.filename
        ),
    )
    file_id = id_prefix
    number = 1
    while file_id in case:
        number += 1
        file_id = f"{id_prefix}-{number}"
    attachment.id = file_id
    case._setObject(file_id, attachment, set_owner=0)
