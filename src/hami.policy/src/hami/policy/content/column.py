"""Column (栏目): a department's channel with a kind and an update cadence."""

from hami.policy import _
from plone.app.multilingual.dx.directives import languageindependent
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IColumn(model.Schema):
    column_kind = schema.Choice(
        title=_("Kind of column"),
        description=_("What the column publishes; the inspection rules depend on it."),
        vocabulary="hami.policy.ColumnKinds",
        default="news",
        required=True,
    )

    cadence = schema.Choice(
        title=_("Update cadence"),
        description=_(
            "How often something new must be published here: 2 weeks for news, "
            "6 months for notices and policy documents, or static."
        ),
        vocabulary="hami.policy.Cadences",
        default="2w",
        required=True,
    )

    final_review = schema.Bool(
        title=_("Final review by the management centre"),
        description=_(
            "Items approved by the department also need the approval of the "
            "e-government management centre before they are published."
        ),
        default=False,
        required=False,
    )

    languageindependent("column_kind", "cadence", "final_review")


@implementer(IColumn)
class Column(Container):
    """Fields come from the schema and behaviors; nothing else lives here."""
