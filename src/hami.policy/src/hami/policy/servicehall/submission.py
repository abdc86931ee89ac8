"""An application from an online form or the REST API, checked and stored once.

The same checks as letters (cleaning, file types by content, a limit per
address, one application for a resent or double-clicked submission), then an
Application in the service centre's folder with the shared tracking number and
query code.
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
from hami.policy.servicehall.settings import application_box
from hami.policy.servicehall.settings import settings
from hami.policy.servicehall.settings import TRACKING_PREFIX
from plone import api
from plone.dexterity.utils import createContent
from plone.namedfile.file import NamedBlobFile
from zope.event import notify
from zope.lifecycleevent import ObjectAddedEvent

import json
import re
import time


PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,18}[0-9]$")


@dataclass
class ApplicationForm:
    service_code: str
    applicant_name: str = ""
    id_number: str = ""
    phone: str = ""
    email: str = ""
    language: str = "zh-cn"
    fields: dict[str, str] = field(default_factory=dict)
    files: list[tuple[str, str, bytes]] = field(
        default_factory=list
    )  # field, name, data


@dataclass
class Receipt:
    tracking_number: str
    query_code: str
    duplicate: bool = False


def _checked(form: ApplicationForm) -> dict:
    data = {
        "applicant_name": clean_text(form.applicant_name),
        "id_number": clean_text(form.id_number).upper(),
        "phone": clean_text(form.phone),
        "email": clean_text(form.email),
    }
    if not data["applicant_name"]:
        raise Refused(
            _("error_applicant_missing", default="Please give the applicant's name."),
            "applicant_name",
        )
    if not PHONE.match(data["phone"]):
        raise Refused(
            _(
                "error_phone",
                default="Please give a phone number we can call (digits only).",
            ),
            "phone",
        )
    if data["id_number"] and not re.fullmatch(r"[0-9]{17}[0-9X]", data["id_number"]):
        raise Refused(
            _("error_id_number", default="An ID number has 18 characters."), "id_number"
        )
    data["fields"] = {
        clean_text(name): clean_text(value, multiline=True)
        for name, value in form.fields.items()
    }
    data["files"] = [
        (clean_text(name), check_upload(filename, content, settings().file_kb * 1024))
        for name, filename, content in form.files
    ]
    return data


def submit(form: ApplicationForm, guide, sender_address: str) -> Receipt:
    """Store an application for ``guide``; raise :class:`Refused` otherwise."""
    data = _checked(form)
    box = application_box()
    now = clock.now()
    fingerprint = json.dumps([
        form.service_code,
        data["phone"],
        normalised_for_duplicates(
            json.dumps(data["fields"], sort_keys=True, ensure_ascii=False)
        ),
    ])
    application_id = (
        "a" + codes.keyed_hash(f"{now:%Y-%m-%d}|{fingerprint}", "duplicate")[:24]
    )
    existing = box.get(application_id)
    if existing is not None:
        number = existing.tracking_number
        return Receipt(number, codes.query_code(number), True)
    count_and_record(
        box,
        codes.keyed_hash(sender_address, "sender")[:32],
        Window(settings().applications_per_hour, 3600),
        time.time(),
    )
    number = codes.register_tracking_number(
        box, TRACKING_PREFIX, now.date(), application_id
    )
    files = data.pop("files")
    with api.env.adopt_roles(["Manager"]):
        application = createContent(
            "Application",
            service=form.service_code,
            service_title=guide.Title(),
            responsible_department=guide.responsible_department,
            leadership_approval=bool(guide.leadership_approval),
            time_limit_days=guide.time_limit_days,
            tracking_number=number,
            received=now,
            language=form.language,
            contact_hash=codes.keyed_hash(data["phone"], "contact")[:32],
            data=data.pop("fields"),
            **data,
        )
        application.id = application_id
        box._setObject(application_id, application, set_owner=0, suppress_events=True)
        application = box[application_id]
        notify(ObjectAddedEvent(application, box, application_id))
        for index, (field_name, upload) in enumerate(files, start=1):
            add_file(application, f"{field_name}-{index}", upload)
    return Receipt(number, codes.query_code(number))


def add_file(application, id_prefix: str, upload) -> None:
    attachment = createContent(
        "File",
        title=upload.filename,
        file=NamedBlobFile(
            upload.data, contentType=upload.content_type, filename=upload.filename
        ),
    )
    file_id = id_prefix
    number = 1
    while file_id in application:
        number += 1
        file_id = f"{id_prefix}-{number}"
    attachment.id = file_id
    application._setObject(file_id, attachment, set_owner=0)
