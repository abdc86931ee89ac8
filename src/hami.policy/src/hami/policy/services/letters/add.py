"""POST /@letters: a citizen's letter, with the form's checks; 201 and the codes."""

from hami.policy.cases.protection import check_honeypot
from hami.policy.cases.protection import HONEYPOT_FIELD
from hami.policy.cases.protection import Refused
from hami.policy.mailbox import mails
from hami.policy.mailbox.handling import status_url
from hami.policy.mailbox.settings import letter_box
from hami.policy.mailbox.submission import LetterForm
from hami.policy.mailbox.submission import submit
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides

import base64
import binascii


def refusal(request, refused: Refused) -> dict:
    request.response.setStatus(refused.status)
    return {
        "error": {
            "type": "BadRequest" if refused.status == 400 else "Refused",
            "message": translate(refused.message, context=request),
            "field": refused.field,
        }
    }


class LettersPost(Service):
    def _attachments(self, data: dict) -> list[tuple[str, bytes]]:
        files = []
        for item in data.get("attachments") or []:
            try:
                content = base64.b64decode(item.get("data", ""), validate=True)
            except (binascii.Error, ValueError, AttributeError) as error:
                raise Refused(
                    "Attachment data must be base64.", "attachments"
                ) from error
            files.append((str(item.get("filename") or "file"), content))
        return files

    def reply(self):
        # Anonymous JSON: browsers cannot send it cross-site without CORS, and
        # there is no session to ride on.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        if not isinstance(data, dict):
            return refusal(self.request, Refused("The body must be a JSON object."))
        try:
            check_honeypot(data.get(HONEYPOT_FIELD))
            receipt = submit(
                LetterForm(
                    letter_type=str(data.get("letter_type") or ""),
                    addressed_to=str(data.get("addressed_to") or ""),
                    title=str(data.get("title") or ""),
                    body=str(data.get("body") or ""),
                    name=str(data.get("name") or ""),
                    phone=str(data.get("phone") or ""),
                    email=str(data.get("email") or ""),
                    publish_consent=bool(data.get("publish_consent")),
                    language=str(data.get("language") or "zh-cn"),
                    attachments=self._attachments(data),
                ),
                self.request.getClientAddr() or "",
            )
        except Refused as refused:
            return refusal(self.request, refused)
        if not receipt.duplicate:
            box = letter_box()
            letter = box[box._hami_tracking[receipt.tracking_number]]
            mails.receipt(letter, receipt.query_code, status_url(letter))
            mails.work_waiting(letter, "received")
        self.request.response.setStatus(200 if receipt.duplicate else 201)
        return {
            "tracking_number": receipt.tracking_number,
            "query_code": receipt.query_code,
            "duplicate": receipt.duplicate,
        }
