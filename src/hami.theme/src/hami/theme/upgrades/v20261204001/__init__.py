"""v20261204001: the editor without TinyMCE's "Build with" line.

Sets TinyMCE's other settings to the profile's only where they are still
Plone's empty default: an administrator's own settings stay."""

from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import json


RECORD = "plone.other_settings"


def no_branding(setup_tool) -> None:
    registry = getUtility(IRegistry)
    try:
        current = json.loads(registry.get(RECORD) or "{}")
    except ValueError:
        return  # not JSON: an administrator's, left alone
    if "branding" in current or "promotion" in current:
        return
    current.update({"branding": False, "promotion": False})
    registry[RECORD] = json.dumps(current)
