"""Language root folders, one per portal language, titled in their own language."""

from hami.policy import logger
from hami.policy.languages import LANGUAGES
from plone import api
from plone.app.multilingual.browser.setup import SetupMultilingualSite
from plone.base.interfaces import IPloneSiteRoot


def setup_language_roots(portal: IPloneSiteRoot) -> None:
    """Create or complete /zh-cn, /ug, /kk and /en with their home pages.

    Safe to run again.
    """
    result = SetupMultilingualSite().setupSite(portal)
    logger.info("Language roots: %s", result)
    for language in LANGUAGES:
        folder = portal[language.code]
        if folder.Title() != language.native:
            folder.setTitle(language.native)
            folder.reindexObject(idxs=["Title", "sortable_title", "SearchableText"])
        if api.content.get_state(folder, default=None) != "published":
            api.content.transition(folder, to_state="published")
        if folder.getLayout() != "hami-home":
            folder.setLayout("hami-home")
    title_assets_folders(portal)


# The shared "assets" folder of each language root (plone.app.multilingual
# calls them all "Assets"), named in its language: staff see it in folder
# contents and in the Translate menu.
ASSETS = {"zh-cn": "共享资源", "ug": "ئورتاق ماتېرىياللار", "kk": "ورتاق ماتەريالدار"}


def title_assets_folders(portal: IPloneSiteRoot) -> None:
    """Only where the title is still plone.app.multilingual's own."""
    for code, title in ASSETS.items():
        root = portal.get(code)
        assets = root.get("assets") if root is not None else None
        if assets is not None and assets.Title() == "Assets":
            assets.setTitle(title)
            assets.reindexObject(idxs=["Title", "sortable_title", "SearchableText"])
