"""POST /@applications: an application with the form's checks; 201 and the codes."""

from hami.policy.cases import codes
from hami.policy.cases.protection import check_honeypot
from hami.policy.errors import Refused
from hami.policy.servicehall.settings import guide_for
from hami.policy.servicehall.settings import HONEYPOT
from hami.policy.servicehall.submission import ApplicationForm
from hami.policy.servicehall.submission import submit
from hami.policy.services.base import decoded
from hami.policy.services.base import HamiService
from hami.policy.services.base import json_object
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class ApplicationsPost(HamiService):
    def answer(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        data = json_object(self.request)
        language = str(data.get("language") or "zh-cn")
        guide = guide_for(str(data.get("service") or ""), language)
        if guide is None:
            raise Refused("Unknown service.", "service")
        check_honeypot(data.get(HONEYPOT))
        files = [
            (
                str(item.get("field") or "files"),
                str(item.get("filename") or "file"),
                decoded(item.get("data"), "files"),
            )
            for item in data.get("files") or []
        ]
        fields = {str(k): str(v) for k, v in (data.get("fields") or {}).items()}
        application, duplicate = submit(
            ApplicationForm(
                service_code=guide.service_code,
                applicant_name=str(data.get("applicant_name") or ""),
                id_number=str(data.get("id_number") or ""),
                phone=str(data.get("phone") or ""),
                email=str(data.get("email") or ""),
                language=language,
                fields=fields,
                files=files,
            ),
            guide,
            self.request.getClientAddr() or "",
        )
        self.request.response.setStatus(200 if duplicate else 201)
        return {
            "tracking_number": application.tracking_number,
            "query_code": codes.query_code(application.tracking_number),
            "duplicate": duplicate,
        }
