"""An application from an online form or the REST API, checked and stored once.

The same checks as letters (cleaning, file types by content, a limit per
address, one application for a resent or double-clicked submission), then an
Application in the service centre's folder with the shared tracking number and
query code.
"""

from dataclasses import dataclass
from dataclasses import field
from hami.policy import _
from hami.policy.cases.intake import check_email
from hami.policy.cases.intake import check_length
from hami.policy.cases.intake import NAME_MAX
from hami.policy.cases.intake import PHONE
from hami.policy.cases.intake import VALUE_MAX
from hami.policy.cases.text import clean_text
from hami.policy.cases.text import normalised_for_duplicates
from hami.policy.cases.uploads import check_upload
from hami.policy.errors import Refused
from hami.policy.servicehall import mails
from hami.policy.servicehall.settings import APPLICATIONS
from hami.policy.servicehall.settings import settings

import json
import re


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
    check_length(data["applicant_name"], NAME_MAX, "applicant_name")
    check_email(data["email"])
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
        clean_text(name): check_length(
            clean_text(value, multiline=True), VALUE_MAX, clean_text(name)
        )
        for name, value in form.fields.items()
    }
    data["files"] = [
        (clean_text(name), check_upload(filename, content, settings().file_kb * 1024))
        for name, filename, content in form.files
    ]
    return data


def submit(form: ApplicationForm, guide, sender_address: str) -> tuple[object, bool]:
    """Store an application for ``guide``; return it and whether it had come before.

    Raise :class:`Refused` otherwise. A new application is announced to the
    applicant (the codes) and to the service centre.
    """
    data = _checked(form)
    files = data.pop("files")
    fingerprint = json.dumps([
        form.service_code,
        data["phone"],
        normalised_for_duplicates(
            json.dumps(data["fields"], sort_keys=True, ensure_ascii=False)
        ),
    ])
    application, duplicate = APPLICATIONS.receive(
        fingerprint=fingerprint,
        contact=data["phone"],
        sender_address=sender_address,
        per_hour=settings().applications_per_hour,
        fields={
            "service": form.service_code,
            "service_title": guide.Title(),
            "responsible_department": guide.responsible_department,
            "leadership_approval": bool(guide.leadership_approval),
            "time_limit_days": guide.time_limit_days,
            "language": form.language,
            "data": data.pop("fields"),
            **data,
        },
        files=[
            (f"{field_name}-{index}", upload)
            for index, (field_name, upload) in enumerate(files, start=1)
        ],
    )
    if not duplicate:
        APPLICATIONS.send_receipt(application)
        mails.new_application(application)
    return application, duplicate
