"""The JavaScript widgets' catalogues for the portal's language tags.

Plone's widgets ask ``plonejsi18n`` for the page's ``lang``: the portal writes
BCP 47 tags (``zh-CN``, ``kk-Arab``), Plone's view knows only catalogue codes
(``zh_CN``, ``kk``) and answered ``null``: folder contents, upload and the
other widgets stayed English on Chinese and Kazakh pages.
"""

from plone.app.content.browser.i18n import i18njs


def catalog_language(code: str | None) -> str | None:
    """zh-CN, zh-cn → zh_CN; kk-Arab → kk; ug → ug."""
    if not code:
        return code
    base, _, region = code.replace("_", "-").partition("-")
    if len(region) == 2:
        return f"{base.lower()}_{region.upper()}"
    return base.lower()


class PortalJSI18n(i18njs):
    def __call__(self, domain=None, language=None):
        return super().__call__(domain=domain, language=catalog_language(language))
