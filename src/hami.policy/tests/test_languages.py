"""The portal's four languages, their root folders and their direction."""

from plone import api

import pytest


NATIVE = {"zh-cn": "中文", "ug": "ئۇيغۇرچە", "kk": "قازاقشا", "en": "English"}


class TestLanguageSettings:
    def test_available_languages(self, portal):
        languages = api.portal.get_registry_record("plone.available_languages")
        assert languages == ["zh-cn", "ug", "kk", "en"]

    def test_default_language(self, portal):
        assert api.portal.get_registry_record("plone.default_language") == "zh-cn"

    def test_language_tool_knows_native_names(self, portal):
        available = api.portal.get_tool("portal_languages").getAvailableLanguages()
        for code, name in NATIVE.items():
            assert available[code]["native"] == name


class TestLanguageRoots:
    @pytest.mark.parametrize("code", list(NATIVE))
    def test_root_folder(self, portal, code):
        folder = portal[code]
        assert folder.portal_type == "LRF"
        assert folder.Title() == NATIVE[code]
        assert folder.Language() == code

    @pytest.mark.parametrize("code", list(NATIVE))
    def test_root_folder_public(self, portal, code):
        assert api.content.get_state(portal[code]) == "published"

    def test_roots_are_translations_of_each_other(self, portal):
        from plone.app.multilingual.interfaces import ITranslationManager

        translations = ITranslationManager(portal["zh-cn"]).get_translations()
        assert set(translations) == set(NATIVE)

    def test_reinstall_changes_nothing(self, portal):
        from hami.policy.setuphandlers.languages import setup_language_roots

        ids = list(portal.objectIds())
        before = {code: portal[code].modified() for code in NATIVE}
        setup_language_roots(portal)
        assert list(portal.objectIds()) == ids
        assert {code: portal[code].modified() for code in NATIVE} == before


class TestDirection:
    @pytest.mark.parametrize(
        "code,rtl", [("zh-cn", False), ("ug", True), ("kk", True), ("en", False)]
    )
    def test_portal_state(self, portal, http_request, code, rtl):
        from hami.policy.interfaces import IHamiPolicyLayer
        from zope.interface import alsoProvides

        alsoProvides(http_request, IHamiPolicyLayer)
        # What plone.app.multilingual's negotiation does for a page in a language root.
        http_request["LANGUAGE"] = code
        state = api.content.get_view("plone_portal_state", portal[code], http_request)
        assert state.language() == code
        assert state.is_rtl() is rtl


class TestTranslateMenu:
    """The toolbar's Translate menu leads to pages that exist."""

    def menu_item(self, context):
        from plone.app.contentmenu.interfaces import IContentMenuItem
        from zope.component import getMultiAdapter

        return getMultiAdapter(
            (context, context.REQUEST),
            IContentMenuItem,
            name="plone.contentmenu.multilingual",
        )

    def test_menu_link_opens_the_translations_page(self, portal):
        department = portal["zh-cn"]["departments"]["fgw"]
        item = self.menu_item(department)
        assert item.available()
        view_name = item.action.rsplit("/", 1)[-1]
        department.restrictedTraverse(view_name)()
        assert department.REQUEST.response.getHeader("Location") == (
            f"{department.absolute_url()}/@@modify_translations"
        )

    def test_shared_assets_offer_no_translation(self, portal):
        assets = portal["zh-cn"]["assets"]
        assert assets.portal_type == "LIF"
        assert not self.menu_item(assets).available()
        assert self.menu_item(portal["zh-cn"]["departments"]).available()


@pytest.mark.parametrize("path", ["zh-cn", "ug/departments/fgw"])
def test_author_page_under_navigation_roots(portal, path):
    """The byline links to <navigation root>/author/<user>: that page exists."""
    from plone.app.testing import setRoles
    from plone.app.testing import TEST_USER_ID

    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.user.create(
        email="wang@example.gov.cn",
        username="wangxm",
        password="x" * 12,
        properties={"fullname": "王小明"},
    )
    root = portal.unrestrictedTraverse(path)
    view = root.restrictedTraverse("author").publishTraverse(root.REQUEST, "wangxm")
    assert "王小明" in view()
