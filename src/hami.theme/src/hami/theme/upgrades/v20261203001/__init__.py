"""v20261203001: the Uyghur and Kazakh footers separate their parts with the
Arabic comma, not the ideographic space of the Chinese footer (an empty
box or a stray gap in Arabic script). Only the ug and kk lines change, and
only their ideographic spaces: what the centre wrote stays."""

from plone.registry.interfaces import IRegistry
from zope.component import getUtility


RECORD = "hami.theme.interfaces.IBrandingSettings.footer_lines"


def arabic_separators(setup_tool) -> None:
    registry = getUtility(IRegistry)
    lines = dict(registry.get(RECORD) or {})
    changed = False
    for language in ("ug", "kk"):
        text = lines.get(language) or ""
        if "\u3000" in text:
            lines[language] = text.replace("\u3000", "، ")
            changed = True
    if changed:
        registry[RECORD] = lines
