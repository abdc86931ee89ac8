"""The office automation area and its folders (documents, directory): staff only.

No workflow: ``setuphandlers/oa.py`` gives the area's permissions to the
``OAStaff`` role, which the ``staff`` group holds there; each document's own
workflow and roles decide who sees it.
"""

from plone.dexterity.content import Container
from plone.supermodel import model
from zope.interface import implementer


class IOAFolder(model.Schema):
    """Title and description only (plone.basic)."""


@implementer(IOAFolder)
class OAFolder(Container):
    pass
