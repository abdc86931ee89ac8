"""An incoming document (收文): from outside, e.g. the autonomous region.

The receiving unit's general office registers it (source, number, date, the
scan) and proposes how to handle it (拟办意见); the unit's head, or the
prefecture's leadership for documents registered by the prefecture's general
offices, gives the instruction (批示) and assigns units with a deadline. From
then on the units handle it like a distributed document (``oa/receipts.py``).
"""

from hami.policy import _
from hami.policy.content.official_document import _classification
from hami.policy.content.official_document import IHandledDocument
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant


class IIncomingDocument(model.Schema, IHandledDocument):
    title = schema.TextLine(title=_("Title"), required=True, max_length=200)
    source = schema.TextLine(
        title=_("From"),
        description=_("The body that sent it, e.g. 自治区人民政府办公厅."),
        required=True,
        max_length=200,
    )
    source_number = schema.TextLine(
        title=_("Its document number"), required=False, max_length=100
    )
    source_date = schema.Date(title=_("Date of the document"), required=False)
    receiving_unit = schema.Choice(
        title=_("Registered by"),
        vocabulary="hami.policy.Departments",
        required=True,
    )
    prefecture_level = schema.Bool(
        title=_("Instructed by the prefecture's leadership"),
        required=False,
        default=False,
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
        title=_("The handling units answer"), required=False, default=True
    )
    scan = NamedBlobFile(title=_("Scan"), required=True)

    @invariant
    def registered_by_its_office(data):
        from hami.policy.oa.receipts import groups_of
        from hami.policy.oa.receipts import is_manager
        from hami.policy.organisation.groups import office_group

        unit = getattr(data, "receiving_unit", None)
        if unit and not (office_group(unit) in groups_of() or is_manager()):
            raise Invalid(
                _(
                    "error_register_by_office",
                    default="Only the unit's general office registers incoming "
                    "documents.",
                )
            )


@implementer(IIncomingDocument)
class IncomingDocument(Container):
    """Registration number, proposal and instruction are written by the steps."""

    doc_number = ""  # 收文编号, given on registration
    proposal = ""  # 拟办意见
    instruction = ""  # 批示
    instructed_by = ""
    instructed_on = None
    handling_units: tuple = ()
    deadline = None
    return_reason = ""
    kind = "incoming"

    def owner_unit(self) -> str:
        return self.receiving_unit

    def recipients(self) -> list[str]:
        return list(self.handling_units or ())

    def asks_for_reply(self) -> bool:
        return bool(self.reply_requested)

    @property
    def main_recipients(self) -> tuple:
        return tuple(self.handling_units or ())

    def Description(self) -> str:
        return self.doc_number or ""

    def SearchableText(self) -> str:
        return " ".join(filter(None, (self.title, self.doc_number, self.source_number)))
