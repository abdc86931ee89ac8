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


def footer_lines(language: str | None) -> list[str]:
    lines = (
        api.portal.get_registry_record(
            "footer_lines", interface=IBrandingSettings, default=None
        )
        or {}
    )
    text = lines.get(language or "") or lines.get("zh-cn") or ""
    return [line for line in text.splitlines() if line.strip()]


def registration_lines() -> list[str]:
    text = (
        api.portal.get_registry_record(
            "registration", interface=IBrandingSettings, default=None
        )
        or ""
    )
    return [line for line in text.splitlines() if line.strip()]
