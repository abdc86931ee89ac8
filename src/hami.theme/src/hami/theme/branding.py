"""The portal's name in the language of the page."""

from hami.theme.interfaces import IBrandingSettings
from plone import api


def portal_name(language: str | None) -> str:
    names = api.portal.get_registry_record(
        "portal_names", interface=IBrandingSettings, default=None
    )
    if names and language and names.get(language):
        return names[language]
    return api.portal.get_registry_record("plone.site_title")
