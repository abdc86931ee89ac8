"""v20261202001: HTTP caching for a caching proxy (Varnish) with purging;
letter titles up to 100 characters; application forms lose the discussion
behavior that Plone 6.2 no longer has (an error in the log at every start).

Imports only the caching records of the profile (registry/caching.xml), not
the whole registry: the settings administrators changed stay as they are.
A letter's longest title goes from 50 to 100 characters where it is still the
old default: Uyghur and Kazakh titles need more characters than Chinese ones.
"""

from pathlib import Path
from plone.app.registry.exportimport.handler import RegistryImporter
from plone.dexterity.interfaces import IDexterityFTI
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.component import queryUtility

import logging


CACHING = Path(__file__).parent.parent.parent / "profiles/default/registry/caching.xml"


class _Import:
    """What the registry importer asks of a GenericSetup import context."""

    def getLogger(self, name):
        return logging.getLogger(name)

    def shouldPurge(self) -> bool:
        return False


TITLE_MAX = "hami.policy.mailbox.title_max"


def install_caching(setup_tool) -> None:
    registry = getUtility(IRegistry)
    RegistryImporter(registry, _Import()).importDocument(CACHING.read_bytes())
    if registry.get(TITLE_MAX) == 50:
        registry[TITLE_MAX] = 100
    fti = queryUtility(IDexterityFTI, name="EasyForm")
    if fti is not None and "plone.allowdiscussion" in fti.behaviors:
        fti.behaviors = tuple(b for b in fti.behaviors if b != "plone.allowdiscussion")
