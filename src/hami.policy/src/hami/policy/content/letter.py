"""Letter to the commissioner (专员信箱): what a citizen wrote, and its handling.

The letter itself is never public: its writer's name, phone and e-mail, its
attachments and its original text are seen only by the mailbox office and the
department that handles it. What the public sees is a separate, redacted
PublishedLetter.
"""

from hami.policy import _
from hami.policy.content.case import Case
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


COMMISSIONER = "mailbox"  # letters addressed to the commissioner's mailbox itself


class ILetter(model.Schema):
    letter_type = schema.Choice(
        title=_("Kind of letter"),
        vocabulary="hami.policy.LetterTypes",
        required=True,
    )
    addressed_to = schema.Choice(
        title=_("Addressed to"),
        vocabulary="hami.policy.Departments",
        required=True,
    )
    letter_title = schema.TextLine(title=_("Title"), required=True)
    body = schema.Text(title=_("Letter"), required=True)

    model.fieldset(
        "writer",
        label=_("Writer (confidential)"),
        fields=["writer_name", "phone", "email", "language", "publish_consent"],
    )
    writer_name = schema.TextLine(title=_("Name"), required=True)
    phone = schema.TextLine(title=_("Phone"), required=True)
    email = schema.TextLine(title=_("E-mail"), required=False)
    language = schema.ASCIILine(title=_("Language of the letter"), required=False)
    publish_consent = schema.Bool(
        title=_("The writer agrees to publication (without personal data)"),
        required=False,
    )

    model.fieldset(
        "handling",
        label=_("Handling"),
        fields=[
            "complex_case",
            "refusal_reason",
            "transfer_note",
            "answer",
            "answer_rejection",
        ],
    )
    complex_case = schema.Bool(
        title=_("Complex letter"),
        description=_("Complex letters get the longer deadline."),
        required=False,
    )
    refusal_reason = schema.Text(title=_("Reason for not accepting"), required=False)
    transfer_note = schema.Text(title=_("Note on the transfer"), required=False)
    answer = schema.Text(title=_("Answer"), required=False)
    answer_rejection = schema.Text(
        title=_("Why the answer was sent back"), required=False
    )

    model.fieldset(
        "publication",
        label=_("Publication"),
        fields=["redacted_title", "redacted_body", "redacted_answer"],
    )
    redacted_title = schema.TextLine(title=_("Published title"), required=False)
    redacted_body = schema.Text(title=_("Published letter"), required=False)
    redacted_answer = schema.Text(title=_("Published answer"), required=False)

    directives.omitted("sender_hash", "contact_hash", "redactions", "public_uid")
    sender_hash = schema.ASCIILine(required=False)
    contact_hash = schema.ASCIILine(required=False)
    redactions = schema.List(required=False, value_type=schema.Dict())
    public_uid = schema.ASCIILine(required=False)


@implementer(ILetter)
class Letter(Case):
    """A citizen's letter to the commissioner's mailbox (信件)."""

    @property
    def for_commissioner(self) -> bool:
        return self.addressed_to == COMMISSIONER


class IPublishedLetter(model.Schema):
    letter_type = schema.Choice(
        title=_("Kind of letter"), vocabulary="hami.policy.LetterTypes", required=True
    )
    body = schema.Text(title=_("Letter"), required=True)
    answer = schema.Text(title=_("Answer"), required=True)
    received = schema.Date(title=_("Received"), required=True)
    answered = schema.Date(title=_("Answered"), required=True)
    answering_department = schema.Choice(
        title=_("Answered by"), vocabulary="hami.policy.Departments", required=True
    )


@implementer(IPublishedLetter)
class PublishedLetter(Item):
    """The public copy of an answered letter, with personal data removed."""

    def SearchableText(self) -> str:
        return " ".join((self.Title(), self.body or "", self.answer or ""))
