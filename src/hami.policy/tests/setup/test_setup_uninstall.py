from hami.policy import PACKAGE_NAME

import pytest


class TestSetupUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer):
        installer.uninstall_product(PACKAGE_NAME)

    def test_addon_uninstalled(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is False

    def test_browserlayer_removed(self, browser_layers):
        from hami.policy.interfaces import IHamiPolicyLayer

        assert IHamiPolicyLayer not in browser_layers

    def test_content_kept(self, portal):
        """Uninstalling the policy must not delete the language roots' content."""
        assert {"zh-cn", "ug", "kk", "en"} <= set(portal.objectIds())
