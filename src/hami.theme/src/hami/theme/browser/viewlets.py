from hami.theme.branding import footer_lines
from hami.theme.branding import portal_name
from hami.theme.branding import registration_lines
from html import escape
from plone.app.layout.viewlets.common import LogoViewlet
from plone.app.layout.viewlets.common import TitleViewlet
from plone.app.layout.viewlets.common import ViewletBase
from plone.app.multilingual.interfaces import ILanguageRootFolder
from plone.base.interfaces import IPloneSiteRoot
from plone.base.interfaces import ISiteSchema
from plone.registry.interfaces import IRegistry
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.component import getUtility


def is_home(context) -> bool:
    """The portal root and the language roots are the portal's home pages."""
    return IPloneSiteRoot.providedBy(context) or ILanguageRootFolder.providedBy(context)


class BrandViewlet(LogoViewlet):
    """Emblem and the portal's name in the page's language, linking home.

    The emblem is the logo uploaded in the site control panel, or the theme's
    placeholder emblem while none is set.
    """

    index = ViewPageTemplateFile("templates/brand.pt")

    def update(self) -> None:
        super().update()
        self.portal_name = portal_name(self.portal_state.language())
        settings = getUtility(IRegistry).forInterface(
            ISiteSchema, prefix="plone", check=False
        )
        if not settings.site_logo:
            self.img_src = f"{self.site_url}/++theme++hami/emblem.svg"
        language_root = self.portal_state.navigation_root()
        self.site_name = None
        self.home_url = self.navigation_root_url
        if not is_home(language_root):
            # A department's sub-site: its own name under the portal's, and
            # the portal's name leads to the portal's home in this language.
            self.site_name = language_root.Title()
            for obj in language_root.aq_chain:
                if is_home(obj):
                    self.home_url = obj.absolute_url()
                    break


class PageTitleViewlet(TitleViewlet):
    """Browser title: page — sub-site — portal name, in the page's language.

    Plone would call every page of a language root "Page — 中文"; a citizen's
    tab should say which portal it is.
    """

    def update(self) -> None:
        ViewletBase.update(self)  # not TitleViewlet's: it computes Plone's title
        parts = []
        if not is_home(self.context):
            parts.append(self.page_title)
        navigation_root = self.portal_state.navigation_root()
        if not is_home(navigation_root) and navigation_root != self.context:
            parts.append(escape(navigation_root.Title()))
        parts.append(escape(portal_name(self.portal_state.language())))
        self.site_title = self.sep.join(parts)


class AccessibilityViewlet(ViewletBase):
    """Skip link, text size and high-contrast switches (remembered by the browser)."""

    index = ViewPageTemplateFile("templates/accessibility.pt")


class FooterViewlet(ViewletBase):
    """Who runs the portal, in the page's language, and its registrations."""

    index = ViewPageTemplateFile("templates/footer.pt")

    def update(self) -> None:
        super().update()
        self.lines = footer_lines(self.portal_state.language())
        self.registration = registration_lines()
