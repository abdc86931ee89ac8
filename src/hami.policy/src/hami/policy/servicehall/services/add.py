"""POST /@applications: an application with the form's checks; 201 and the codes."""

from hami.policy import _
from hami.policy.cases import codes
from hami.policy.cases.intake import ALREADY_RECEIVED
from hami.policy.cases.notify import gettext_language
from hami.policy.cases.protection import check_honeypot
from hami.policy.errors import Refused
from hami.policy.languages import CODES
from hami.policy.servicehall.fields import checked_fields
from hami.policy.servicehall.fields import form_of
from hami.policy.servicehall.settings import guide_for
from hami.policy.servicehall.settings import HONEYPOT
from hami.policy.servicehall.submission import ApplicationForm
from hami.policy.servicehall.submission import submit
from hami.policy.services.base import BAD_LANGUAGE
from hami.policy.services.base import decoded
from hami.policy.services.base import HamiService
from hami.policy.services.base import json_object
from hami.policy.services.base import NOT_OBJECT
from hami.policy.services.base import objects
from hami.policy.services.base import refused
from hami.policy.services.base import text
from plone.protect.interfaces import IDisableCSRFProtection
from zope.i18n import translate
from zope.interface import alsoProvides


class ApplicationsPost(HamiService):
    def answer(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        self.request.response.setHeader("Cache-Control", "private, no-store")
        data = json_object(self.request)
        language = text(data, "language") or "zh-cn"
        if language not in CODES:
            raise refused(BAD_LANGUAGE, "language", languages=", ".join(CODES))
        guide = guide_for(text(data, "service"), language)
        form = form_of(guide) if guide is not None else None
        if form is None:
            raise Refused(
                _("error_unknown_service", default="There is no such service."),
                "service",
            )
        check_honeypot(data.get(HONEYPOT))
        files = [
            (
                text(item, "field") or "files",
                text(item, "filename") or "file",
                decoded(item.get("data"), "files"),
            )
            for item in objects(data, "files")
        ]
        values = data.get("fields") or {}
        if not isinstance(values, dict):
            raise refused(NOT_OBJECT, "fields")
        application, duplicate = submit(
            ApplicationForm(
                service_code=guide.service_code,
                applicant_name=text(data, "applicant_name"),
                id_number=text(data, "id_number"),
                phone=text(data, "phone"),
                email=text(data, "email"),
                language=language,
                fields=checked_fields(form, values, {name for name, *_ in files}),
                files=files,
            ),
            guide,
            self.request.getClientAddr() or "",
        )
        if duplicate:
            # the codes only go to the address on file (cases.intake)
            return {
                "duplicate": True,
                "message": translate(
                    ALREADY_RECEIVED, target_language=gettext_language(language)
                ),
            }
        self.request.response.setStatus(201)
        return {
            "tracking_number": application.tracking_number,
            "query_code": codes.query_code(application.tracking_number),
            "duplicate": False,
        }
