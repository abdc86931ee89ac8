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

    def test_settings_removed(self, portal):
        from plone.registry.interfaces import IRegistry
        from zope.component import getUtility

        records = getUtility(IRegistry).records
        assert not [name for name in records if name.startswith("hami.policy.")]

    def test_control_panels_and_menus_removed(self, portal):
        from plone import api

        panel = api.portal.get_tool("portal_controlpanel")
        ours = {
            "hami-working-days",
            "hami-mailbox-settings",
            "hami-servicehall-settings",
            "hami-supervision-settings",
            "hami-staff-mail",
        }
        assert not ours & {action.id for action in panel.listActions()}
        actions = api.portal.get_tool("portal_actions")
        assert "letters-to-handle" not in actions.user.objectIds()
        assert "mailbox" not in actions.portal_tabs.objectIds()

    def test_content_kept(self, portal):
        """Uninstalling the policy must not delete the language roots' content."""
        assert {"zh-cn", "ug", "kk", "en"} <= set(portal.objectIds())
