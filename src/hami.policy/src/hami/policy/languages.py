"""The portal's four languages and the facts about their scripts.

Plone's language data gets these wrong for Hami: it spells Uyghur's native name
in Latin letters, writes Kazakh's with Arabic presentation forms, calls Chinese
"简体中文(中国)", and knows only ar/fa/he/ps as right-to-left.  Uyghur and Kazakh
as written in China (Arabic script, BCP 47 ``kk-Arab``) are right-to-left.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PortalLanguage:
    code: str  # Plone's language code, also the id of the language root folder
    native: str  # the language's name in itself: titles, language switcher
    tag: str  # BCP 47 tag for lang= attributes
    rtl: bool


LANGUAGES: tuple[PortalLanguage, ...] = (
    PortalLanguage("zh-cn", "中文", "zh-CN", False),
    PortalLanguage("ug", "ئۇيغۇرچە", "ug", True),
    PortalLanguage("kk", "قازاقشا", "kk-Arab", True),
    PortalLanguage("en", "English", "en", False),
)
DEFAULT_LANGUAGE = "zh-cn"
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)

# Plone's own right-to-left list (plone.app.layout.globals.portal.RIGHT_TO_LEFT)
# plus the portal's Arabic-script languages.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ps"}) | frozenset(
    language.code for language in LANGUAGES if language.rtl
)


def is_rtl(code: str | None) -> bool:
    if not code:
        return False
    code = code.lower()
    return code in RIGHT_TO_LEFT or code.split("-")[0] in RIGHT_TO_LEFT


def language_tag(code: str | None) -> str | None:
    """The BCP 47 tag to emit for a Plone language code."""
    for language in LANGUAGES:
        if language.code == code:
            return language.tag
    return code


# Each language's name in each interface language: the Translate menu's
# "Edit <language>" and "Translate into <language>". Plone takes these from
# the browser locale's data, which has none for Uyghur (the names came out in
# Chinese) and only Cyrillic ones for Kazakh.
NAMES_IN: dict[str, dict[str, str]] = {
    "zh-cn": {"zh-cn": "中文", "ug": "维吾尔文", "kk": "哈萨克文", "en": "英文"},
    "ug": {"zh-cn": "خەنزۇچە", "ug": "ئۇيغۇرچە", "kk": "قازاقچە", "en": "ئىنگلىزچە"},
    "kk": {"zh-cn": "قىتايشا", "ug": "ۇيعىرشا", "kk": "قازاقشا", "en": "اعىلشىنشا"},
    "en": {"zh-cn": "Chinese", "ug": "Uyghur", "kk": "Kazakh", "en": "English"},
}


class _Names:
    """What plone.app.multilingual's menu reads from ``request.locale``."""

    def __init__(self, names: dict[str, str]):
        self.displayNames = type("DisplayNames", (), {"languages": names})()


def name_languages_in_the_menu() -> None:
    """The Translate menu names the languages in the interface's language.

    Run once at configuration time (languages.zcml). The menu reads the names
    from ``request.locale.displayNames.languages`` only: for the time of the
    call the request carries the portal's own names instead.
    """
    from plone.app.multilingual.browser.menu import TranslateMenu

    original = TranslateMenu.getMenuItems
    if getattr(original, "hami", False):
        return

    def getMenuItems(self, context, request):
        from plone.api.portal import get_current_language

        names = NAMES_IN.get((get_current_language(context=context) or "").lower())
        locale = getattr(request, "_locale", None)
        if names is None or locale is None:
            return original(self, context, request)
        request._locale = _Names(names)
        try:
            return original(self, context, request)
        finally:
            request._locale = locale

    getMenuItems.hami = True
    TranslateMenu.getMenuItems = getMenuItems


def use_native_names() -> None:
    """Give plone.i18n's language list the native names the portal shows.

    Run once at configuration time (languages.zcml): the language switcher, the
    language control panel and plone.app.multilingual's root folders all read
    their names from this list.
    """
    from plone.i18n.locales.languages import _combinedlanguagelist
    from plone.i18n.locales.languages import _languagelist

    for language in LANGUAGES:
        table = _combinedlanguagelist if "-" in language.code else _languagelist
        entry = table.setdefault(language.code, {"name": language.native})
        entry["native"] = language.native
