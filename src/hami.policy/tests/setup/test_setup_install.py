from hami.policy import PACKAGE_NAME
from pathlib import Path

import hami.policy
import re


PROFILE = f"{PACKAGE_NAME}:default"


def metadata_version() -> str:
    metadata = Path(hami.policy.__file__).parent / "profiles/default/metadata.xml"
    return re.search(r"<version>(\d+)</version>", metadata.read_text()).group(1)


class TestSetupInstall:
    def test_addon_installed(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is True

    def test_browserlayer(self, browser_layers):
        from hami.policy.interfaces import IHamiPolicyLayer

        assert IHamiPolicyLayer in browser_layers

    def test_latest_version(self, profile_last_version):
        """The installed profile is at the version that metadata.xml declares."""
        assert profile_last_version(PROFILE) == metadata_version()

    def test_last_upgrade_step_reaches_metadata_version(self, setup_tool):
        """An upgrade step must lead to the version metadata.xml declares.

        Without a step, sites installed at an older version would have no way
        to reach the new one.
        """
        steps = setup_tool.listUpgrades(PROFILE, show_old=True)
        flat = [
            s for step in steps for s in (step if isinstance(step, list) else [step])
        ]
        destinations = sorted(".".join(s["dest"]) for s in flat)
        if destinations:
            assert destinations[-1] == metadata_version()
        else:
            # The first release: nothing to upgrade from yet.
            assert metadata_version() == "20261128001"

    def test_dependencies_installed(self, installer):
        for name in (
            "plone.restapi",
            "plone.app.multilingual",
            "collective.easyform",
            "hami.theme",
        ):
            assert installer.is_product_installed(name), name

    def test_site_title(self, portal):
        from plone import api

        assert api.portal.get_registry_record("plone.site_title") == "哈密政府网"
