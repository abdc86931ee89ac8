"""Leader profile (领导信息): name, photo, position and duties."""

from hami.policy import _
from plone.app.multilingual.dx.directives import languageindependent
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobImage
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class ILeader(model.Schema):
    title = schema.TextLine(title=_("Name"), required=True)

    position = schema.TextLine(title=_("Position"), required=True)

    photo = NamedBlobImage(title=_("Photo"), required=False)

    languageindependent("photo")

    duties = schema.Text(
        title=_("Duties"),
        description=_("Areas of work this leader is responsible for."),
        required=False,
    )


@implementer(ILeader)
class Leader(Item):
    """A leader's position is what listings show under the name."""

    def Description(self) -> str:
        return self.position or ""
