"""The unit responsible for a piece of content: a column, a guide, a letter."""

from Acquisition import aq_chain
from Acquisition import aq_inner
from hami.policy import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider
from zope.schema.interfaces import IContextAwareDefaultFactory


def enclosing_unit_id(context) -> str | None:
    """Unit id of the department sub-site that contains ``context``, if any."""
    from hami.policy.content.department import IDepartment

    for obj in aq_chain(aq_inner(context)):
        if IDepartment.providedBy(obj):
            return obj.unit_id
    return None


@provider(IContextAwareDefaultFactory)
def default_department(context) -> str | None:
    return enclosing_unit_id(context)


@provider(IFormFieldProvider)
class IResponsibleDepartment(model.Schema):
    responsible_department = schema.Choice(
        title=_("Responsible department"),
        description=_("Defaults to the department whose sub-site holds this item."),
        vocabulary="hami.policy.Departments",
        defaultFactory=default_department,
        required=False,
    )
