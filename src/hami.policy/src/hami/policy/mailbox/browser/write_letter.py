"""The public letter form (写信), in every language, without an account."""

from hami.policy import _
from hami.policy.cases.intake import Receipt
from hami.policy.cases.protection import check_honeypot
from hami.policy.cases.protection import check_token
from hami.policy.cases.protection import HONEYPOT_FIELD
from hami.policy.cases.protection import new_token
from hami.policy.cases.protection import TOKEN_COOKIE
from hami.policy.cases.protection import TOKEN_FIELD
from hami.policy.cases.text import param
from hami.policy.content.letter import COMMISSIONER
from hami.policy.errors import Refused
from hami.policy.mailbox.settings import settings
from hami.policy.mailbox.submission import LetterForm
from hami.policy.mailbox.submission import submit
from hami.policy.vocabularies.letters import LETTER_TYPES
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from zope.i18n import translate
from zope.interface import alsoProvides


class WriteLetterView(BrowserView):
    error = None
    error_field = None
    receipt = None

    def __call__(self):
        if self.request.method == "POST":
            self.handle()
        self.token = new_token()
        self.request.response.setCookie(
            TOKEN_COOKIE, self.token, path="/", http_only=True, same_site="Strict"
        )
        self.request.response.setHeader("Cache-Control", "no-store")
        return self.index()

    @property
    def language(self) -> str:
        return self.context.Language() or "zh-cn"

    def value(self, name: str) -> str:
        return param(self.request.form, name)

    def letter_types(self):
        return LETTER_TYPES

    def addressees(self) -> list[tuple[str, str]]:
        """The commissioner first, then every unit, named in this language."""
        brains = api.content.find(
            portal_type="Department", Language=self.language, sort_on="sortable_title"
        )
        units = [(b.unit_id, b.Title) for b in brains if b.unit_id != COMMISSIONER]
        commissioner = translate(
            _("addressee_commissioner", default="The commissioner (mailbox office)"),
            context=self.request,
        )
        return [(COMMISSIONER, commissioner), *units]

    def limits(self):
        return settings()

    def _attachments(self) -> list[tuple[str, bytes]]:
        files = []
        for upload in self.request.form.get("attachments", None) or []:
            if not getattr(upload, "filename", None):
                continue
            files.append((upload.filename, upload.read()))
        return files

    def handle(self) -> None:
        # The letter is written by an anonymous citizen: our own signed token
        # protects the form (plone.protect's is per user, the same for everyone).
        alsoProvides(self.request, IDisableCSRFProtection)
        form = self.request.form
        try:
            check_token(form.get(TOKEN_FIELD), self.request.cookies.get(TOKEN_COOKIE))
            check_honeypot(form.get(HONEYPOT_FIELD))
            letter, duplicate = submit(
                LetterForm(
                    letter_type=self.value("letter_type"),
                    addressed_to=self.value("addressed_to"),
                    title=self.value("title"),
                    body=self.value("body"),
                    name=self.value("name"),
                    phone=self.value("phone"),
                    email=self.value("email"),
                    publish_consent=bool(form.get("publish_consent")),
                    language=self.language,
                    attachments=self._attachments(),
                ),
                self.request.getClientAddr() or "",
            )
        except Refused as refused:
            self.error = refused.message
            self.error_field = refused.field
            self.request.response.setStatus(refused.status)
            return
        self.receipt = Receipt.of(letter, duplicate)
