"""POST /@letters: a citizen's letter, with the form's checks; 201 and the codes."""

from hami.policy.cases import codes
from hami.policy.cases.intake import ALREADY_RECEIVED
from hami.policy.cases.notify import gettext_language
from hami.policy.cases.protection import check_honeypot
from hami.policy.cases.protection import HONEYPOT_FIELD
from hami.policy.mailbox.submission import LetterForm
from hami.policy.mailbox.submission import submit
from hami.policy.services.base import boolean
from hami.policy.services.base import decoded
from hami.policy.services.base import HamiService
from hami.policy.services.base import json_object
from hami.policy.services.base import objects
from hami.policy.services.base import text
from plone.protect.interfaces import IDisableCSRFProtection
from zope.i18n import translate
from zope.interface import alsoProvides


class LettersPost(HamiService):
    def answer(self):
        # Anonymous JSON: browsers cannot send it cross-site without CORS, and
        # there is no session to ride on.
        alsoProvides(self.request, IDisableCSRFProtection)
        self.request.response.setHeader("Cache-Control", "private, no-store")
        data = json_object(self.request)
        check_honeypot(data.get(HONEYPOT_FIELD))
        letter, duplicate = submit(
            LetterForm(
                letter_type=text(data, "letter_type"),
                addressed_to=text(data, "addressed_to"),
                title=text(data, "title"),
                body=text(data, "body"),
                name=text(data, "name"),
                phone=text(data, "phone"),
                email=text(data, "email"),
                publish_consent=boolean(data, "publish_consent"),
                language=text(data, "language") or "zh-cn",
                attachments=[
                    (
                        text(item, "filename") or "file",
                        decoded(item.get("data"), "attachments"),
                    )
                    for item in objects(data, "attachments")
                ],
            ),
            self.request.getClientAddr() or "",
        )
        if duplicate:
            # the codes only go to the address on file (cases.intake)
            language = gettext_language(letter.language)
            return {
                "duplicate": True,
                "message": translate(ALREADY_RECEIVED, target_language=language),
            }
        self.request.response.setStatus(201)
        return {
            "tracking_number": letter.tracking_number,
            "query_code": codes.query_code(letter.tracking_number),
            "duplicate": False,
        }
