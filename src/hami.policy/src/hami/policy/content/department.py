"""Department (部门): the sub-site of one unit, in one language."""

from hami.policy import _
from plone.app.multilingual.dx.directives import languageindependent
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IDepartment(model.Schema):
    """A unit's sub-site: navigation root, its own columns, contact and leaders."""

    unit_id = schema.ASCIILine(
        title=_("Unit id"),
        description=_(
            "Identifies the unit in the organisation file and in every language; "
            "its groups are named after it, e.g. fgw-editors and fgw-reviewers."
        ),
        required=True,
    )

    unit_kind = schema.Choice(
        title=_("Kind of unit"),
        vocabulary="hami.policy.UnitKinds",
        required=True,
    )

    parent_unit = schema.ASCIILine(
        title=_("Reports to"),
        description=_("Unit id of the unit this one belongs to, if any."),
        required=False,
    )

    languageindependent("unit_id", "unit_kind", "parent_unit", "subdomain")

    subdomain = schema.TextLine(
        title=_("Sub-domain"),
        description=_(
            "Host name under which the front web server serves this sub-site, "
            "e.g. fgw.hami.gov.cn."
        ),
        required=False,
    )


@implementer(IDepartment)
class Department(Container):
    """Fields come from the schema and behaviors; nothing else lives here."""
