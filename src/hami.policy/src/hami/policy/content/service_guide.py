"""Service guide (办事指南): what a citizen needs to know before applying."""

from hami.policy import _
from plone.app.multilingual.dx.directives import languageindependent
from plone.app.z3cform.widgets.contentbrowser import ContentBrowserFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer


class IServiceGuide(model.Schema):
    service_code = schema.ASCIILine(
        title=_("Service code"),
        description=_(
            "Short, unique and the same in every language, e.g. construction-permit."
        ),
        required=True,
    )
    topic = schema.Choice(
        title=_("Topic"), vocabulary="hami.policy.PolicySubjects", required=False
    )
    legal_basis = schema.Text(title=_("Legal basis"), required=False)
    who_may_apply = schema.Text(title=_("Who may apply"), required=False)
    conditions = schema.Text(
        title=_("Conditions"), description=_("One condition per line."), required=False
    )
    materials = schema.Text(
        title=_("Required materials"),
        description=_(
            "One per line: name | original or copy | number of copies, e.g. "
            "Business licence | original | 1"
        ),
        required=False,
    )
    procedure = schema.Text(
        title=_("Procedure"), description=_("One step per line."), required=False
    )
    time_limit_days = schema.Int(
        title=_("Time limit (working days)"),
        description=_("0 for an immediate matter, decided the same day."),
        min=0,
        default=0,
        required=True,
    )
    leadership_approval = schema.Bool(
        title=_("Decisions need the leadership's approval"), required=False
    )
    fees = schema.TextLine(title=_("Fees"), required=False)
    place = schema.TextLine(title=_("Place"), required=False)
    hours = schema.TextLine(title=_("Office hours"), required=False)
    phone = schema.TextLine(title=_("Phone"), required=False)
    complaint_phone = schema.TextLine(title=_("Complaints phone"), required=False)
    application_form = RelationChoice(
        title=_("Online application form"),
        description=_("The form (EasyForm) citizens fill in to apply."),
        vocabulary="plone.app.vocabularies.Catalog",
        required=False,
    )
    directives.widget(
        "application_form",
        ContentBrowserFieldWidget,
        pattern_options={"selectableTypes": ["EasyForm"], "maximumSelectionSize": 1},
    )

    languageindependent(
        "service_code",
        "topic",
        "time_limit_days",
        "leadership_approval",
        "phone",
        "complaint_phone",
    )


@implementer(IServiceGuide)
class ServiceGuide(Container):
    """Folderish: the blank forms to download live inside."""

    def materials_table(self) -> list[dict]:
        rows = []
        for line in (self.materials or "").splitlines():
            parts = [part.strip() for part in line.split("|")]
            if parts and parts[0]:
                parts += [""] * (3 - len(parts))
                rows.append({"name": parts[0], "form": parts[1], "copies": parts[2]})
        return rows
