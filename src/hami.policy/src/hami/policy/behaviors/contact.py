"""Contact details of a unit or a service: phone, address, e-mail, hours."""

from hami.policy import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IContactInfo(model.Schema):
    model.fieldset(
        "contact",
        label=_("Contact"),
        fields=["phone", "address", "email", "office_hours"],
    )

    phone = schema.TextLine(title=_("Phone"), required=False)

    address = schema.TextLine(title=_("Address"), required=False)

    email = schema.TextLine(title=_("E-mail"), required=False)

    office_hours = schema.TextLine(
        title=_("Office hours"),
        description=_("e.g. Monday to Friday 9:30–13:30, 16:00–19:30 (Beijing time)"),
        required=False,
    )
