"""POST /@letters: a citizen's letter, with the form's checks; 201 and the codes."""

from hami.policy.cases import codes
from hami.policy.cases.protection import check_honeypot
from hami.policy.cases.protection import HONEYPOT_FIELD
from hami.policy.mailbox.submission import LetterForm
from hami.policy.mailbox.submission import submit
from hami.policy.services.base import decoded
from hami.policy.services.base import HamiService
from hami.policy.services.base import json_object
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class LettersPost(HamiService):
    def answer(self):
        # Anonymous JSON: browsers cannot send it cross-site without CORS, and
        # there is no session to ride on.
        alsoProvides(self.request, IDisableCSRFProtection)
        data = json_object(self.request)
        check_honeypot(data.get(HONEYPOT_FIELD))
        letter, duplicate = submit(
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
                attachments=[
                    (
                        str(item.get("filename") or "file"),
                        decoded(item.get("data"), "attachments"),
                    )
                    for item in data.get("attachments") or []
                ],
            ),
            self.request.getClientAddr() or "",
        )
        self.request.response.setStatus(200 if duplicate else 201)
        return {
            "tracking_number": letter.tracking_number,
            "query_code": codes.query_code(letter.tracking_number),
            "duplicate": duplicate,
        }
