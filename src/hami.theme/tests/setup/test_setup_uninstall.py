from hami.theme import PACKAGE_NAME
from plone import api

import pytest


class TestSetupUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer):
        installer.uninstall_product(PACKAGE_NAME)

    def test_addon_uninstalled(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is False

    def test_browserlayer_removed(self, browser_layers):
        from hami.theme.interfaces import IHamiThemeLayer

        assert IHamiThemeLayer not in browser_layers

    def test_barceloneta_back(self, portal):
        assert (
            api.portal.get_registry_record(
                "plone.app.theming.interfaces.IThemeSettings.currentTheme"
            )
            == "barceloneta"
        )

    def test_bundle_removed(self, portal):
        assert (
            api.portal.get_registry_record(
                "plone.bundles/hami-theme.enabled", default=None
            )
            is None
        )
