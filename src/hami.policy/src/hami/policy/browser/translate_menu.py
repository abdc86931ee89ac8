"""Two mends to plone.app.multilingual's Translate menu in the toolbar.

- The menu's own link points to ``add_translations``, a view that
  plone.app.multilingual 9 no longer has (it became ``modify_translations``):
  without JavaScript, or on a middle click, an editor got "page not found".
- The shared assets folder (LIF) is the same folder in every language; its
  menu offered "translate into …", which always fails (language roots do not
  accept a LIF). Its Translate menu is left out.
"""

from plone.app.multilingual.browser.menu import TranslateSubMenuItem
from Products.Five.browser import BrowserView


class AddTranslations(BrowserView):
    def __call__(self):
        self.request.response.redirect(
            f"{self.context.absolute_url()}/@@modify_translations"
        )
        return ""


class SharedAssetsTranslateMenu(TranslateSubMenuItem):
    def available(self):
        return False
