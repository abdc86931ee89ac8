"""An official document (公文): drafted, checked, signed off, numbered and sent.

The fields are the elements of GB/T 9704-2012 that the office works with; the
steps that fill the later ones (sign-off, number, dates, the signed PDF) are in
``oa/steps.py`` and are written only by them. Attachments are File items
inside the document.
"""

from hami.policy import _
from hami.policy.oa.vocabularies import ALLOWED_CLASSIFICATIONS
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import invariant


class ClassifiedRefused(schema.ValidationError):
    __doc__ = _(
        "error_classified",
        default="Classified documents (secret, confidential, top secret) are "
        "never handled on a networked system: send them through the "
        "confidential channel. Here only non-classified and internal documents.",
    )


def _classification(value: str) -> bool:
    if value not in ALLOWED_CLASSIFICATIONS:
        raise ClassifiedRefused(value)
    return True


class IHandledDocument(Interface):
    """A document that units receive and handle (receipts, My work): an
    outgoing official document once issued, an incoming one once instructed.
    ``owner_unit()`` is the unit that keeps it (issues it, or registered it);
    ``recipients()`` the units that handle it."""


class IOfficialDocument(model.Schema, IHandledDocument):
    kind = schema.Choice(
        title=_("Kind of document"),
        vocabulary="hami.policy.DocumentKinds",
        required=True,
        default="notice",
    )
    title = schema.TextLine(title=_("Title"), required=True, max_length=200)
    issuing_unit = schema.Choice(
        title=_("Issuing unit"),
        vocabulary="hami.policy.Departments",
        required=True,
    )
    prefecture_level = schema.Bool(
        title=_("Signed off by the prefecture's leadership"),
        description=_(
            "For documents issued in the name of the prefecture; otherwise the "
            "head of the issuing unit signs off."
        ),
        required=False,
        default=False,
    )
    # a list of checkboxes: clearer for 54 units than two select boxes
    directives.widget("main_recipients", CheckBoxFieldWidget)
    main_recipients = schema.List(
        title=_("Main recipients"),
        value_type=schema.Choice(vocabulary="hami.policy.Departments"),
        required=True,
        min_length=1,
    )
    directives.widget("copy_recipients", CheckBoxFieldWidget)
    copy_recipients = schema.List(
        title=_("Copied to"),
        value_type=schema.Choice(vocabulary="hami.policy.Departments"),
        required=False,
        default=[],
    )
    urgency = schema.Choice(
        title=_("Urgency"),
        vocabulary="hami.policy.DocumentUrgencies",
        required=True,
        default="normal",
    )
    classification = schema.Choice(
        title=_("Classification"),
        vocabulary="hami.policy.DocumentClassifications",
        required=True,
        default="none",
        constraint=_classification,
    )
    reply_requested = schema.Bool(
        title=_("The recipients answer"),
        description=_("A request for instructions is always answered."),
        required=False,
        default=False,
    )
    text = RichText(title=_("Text"), required=True)

    # Written by the steps only (oa/steps.py): the sign-off, the registration.
    # Read-only for forms and PATCH; shown by the page and REST's GET.
    signed_pdf = NamedBlobFile(title=_("Signed PDF"), required=False)
    doc_number = schema.TextLine(title=_("label_doc_number"), readonly=True)
    signer_name = schema.TextLine(title=_("label_signer"), readonly=True)
    sign_opinion = schema.Text(title=_("Sign-off opinion"), readonly=True)
    signed_on = schema.Date(
        title=_("label_signed_on", default="Signed on"), readonly=True
    )
    issued_on = schema.Date(title=_("label_issued_on"), readonly=True)
    directives.omitted(
        "signed_pdf",
        "doc_number",
        "signer_name",
        "sign_opinion",
        "signed_on",
        "issued_on",
    )

    @invariant
    def request_has_one_recipient(data):
        # REFERENCE §7: a request asks one thing of one main recipient
        if (
            getattr(data, "kind", None) == "request"
            and len(getattr(data, "main_recipients", None) or ()) != 1
        ):
            raise Invalid(
                _(
                    "error_request_one_recipient",
                    default="A request for instructions goes to exactly one "
                    "main recipient.",
                )
            )


@implementer(IOfficialDocument)
class OfficialDocument(Container):
    """The sign-off and registration are recorded by the steps."""

    doc_number = ""  # 发文字号, given on registration
    signer = ""  # user id of who signed off
    signer_name = ""
    sign_opinion = ""
    signed_on = None  # 成文日期: the date of the sign-off
    issued_on = None  # 印发日期
    return_reason = ""

    def Description(self) -> str:
        """Listings show the number under the title."""
        return self.doc_number or ""

    def SearchableText(self) -> str:
        # title and number only: the text is for the people it is addressed to,
        # and the catalog's words are shared by every search
        return " ".join(filter(None, (self.title, self.doc_number)))

    def asks_for_reply(self) -> bool:
        return bool(self.reply_requested) or self.kind == "request"

    def owner_unit(self) -> str:
        return self.issuing_unit

    def recipients(self) -> list[str]:
        seen = []
        for unit in [*(self.main_recipients or ()), *(self.copy_recipients or ())]:
            if unit not in seen:
                seen.append(unit)
        return seen
