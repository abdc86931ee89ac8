"""A person of the staff directory (通讯录), linked to their login.

Kept by the directory import (``oa/directory.py``) from data/staff.csv and by
site administrators; a person who leaves is deactivated, never deleted, so
that documents keep saying who signed them.
"""

from hami.policy import _
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobImage
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IPerson(model.Schema):
    title = schema.TextLine(title=_("Name"), required=True, max_length=100)
    unit = schema.Choice(
        title=_("Unit"), vocabulary="hami.policy.Departments", required=True
    )
    position = schema.TextLine(title=_("Position"), required=False, max_length=100)
    office_phone = schema.TextLine(
        title=_("Office phone"), required=False, max_length=40
    )
    mobile = schema.TextLine(
        title=_("Mobile phone"),
        description=_("Shown to staff only."),
        required=False,
        max_length=40,
    )
    # The address on the prefecture's domain (mail/addresses.py): the local
    # part is stored, the address follows it and the domain setting.
    directives.write_permission(mail_local="cmf.ManagePortal")
    mail_local = schema.ASCIILine(
        title=_("Mail address (before the @)"),
        description=_(
            "Given from the pinyin of the name; only site administrators change "
            "it. An address once given is never given to anyone else."
        ),
        required=False,
        max_length=64,
    )
    directives.omitted("email")
    email = schema.TextLine(title=_("E-mail"), required=False, max_length=200)
    photo = NamedBlobImage(title=_("Photo"), required=False)
    order = schema.Int(
        title=_("Order within the unit"), required=False, default=100, min=0
    )
    login = schema.ASCIILine(title=_("Login"), required=True, max_length=60)
    active = schema.Bool(
        title=_("Active"),
        description=_("A person who has left: kept, but cannot log in."),
        required=False,
        default=True,
    )


@implementer(IPerson)
class Person(Item):
    mail_local = None  # people made before staff e-mail get one (mail/addresses.py)

    def Description(self) -> str:
        return self.position or ""
