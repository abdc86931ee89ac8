"""Where cases are kept: one folder for letters, one for applications."""

from plone.dexterity.content import Container
from plone.supermodel import model
from zope.interface import implementer


class ICaseFolder(model.Schema):
    """A large, unordered folder of cases."""


@implementer(ICaseFolder)
class CaseFolder(Container):
    """Unordered: an order list would be written by every submission and make
    concurrent submissions conflict."""

    _ordering = "unordered"
