"""POST /@applications: an application with the form's checks; 201 and the codes."""

from hami.policy.cases.protection import check_honeypot
from hami.policy.cases.protection import Refused
from hami.policy.servicehall import mails
from hami.policy.servicehall.settings import guide_for
from hami.policy.servicehall.settings import HONEYPOT
from hami.policy.servicehall.submission import ApplicationForm
from hami.policy.servicehall.submission import submit
from hami.policy.services.letters.add import refusal
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides

import base64
import binascii


class ApplicationsPost(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if not isinstance(data, dict):
            return refusal(self.request, Refused("The body must be a JSON object."))
        language = str(data.get("language") or "zh-cn")
        guide = guide_for(str(data.get("service") or ""), language)
        if guide is None:
            return refusal(self.request, Refused("Unknown service.", "service"))
        try:
            check_honeypot(data.get(HONEYPOT))
            files = []
            for item in data.get("files") or []:
                try:
                    content = base64.b64decode(item.get("data", ""), validate=True)
                except (binascii.Error, ValueError, AttributeError) as error:
                    raise Refused("File data must be base64.", "files") from error
                files.append((
                    str(item.get("field") or "files"),
                    str(item.get("filename") or "file"),
                    content,
                ))
            fields = {str(k): str(v) for k, v in (data.get("fields") or {}).items()}
            receipt = submit(
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
        except Refused as refused:
            return refusal(self.request, refused)
        if not receipt.duplicate:
            mails.received(receipt, data.get("email"), language)
        self.request.response.setStatus(200 if receipt.duplicate else 201)
        return {
            "tracking_number": receipt.tracking_number,
            "query_code": receipt.query_code,
            "duplicate": receipt.duplicate,
        }
