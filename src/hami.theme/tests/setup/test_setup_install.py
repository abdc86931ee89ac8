from hami.theme import PACKAGE_NAME
from pathlib import Path
from plone import api

import hami.theme
import re


PROFILE = f"{PACKAGE_NAME}:default"


def metadata_version() -> str:
    metadata = Path(hami.theme.__file__).parent / "profiles/default/metadata.xml"
    return re.search(r"<version>(\d+)</version>", metadata.read_text()).group(1)


class TestSetupInstall:
    def test_addon_installed(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is True

    def test_browserlayer(self, browser_layers):
        from hami.theme.interfaces import IHamiThemeLayer

        assert IHamiThemeLayer in browser_layers

    def test_latest_version(self, profile_last_version):
        assert profile_last_version(PROFILE) == metadata_version()

    def test_last_upgrade_step_reaches_metadata_version(self, setup_tool):
        steps = setup_tool.listUpgrades(PROFILE, show_old=True)
        flat = [
            s for step in steps for s in (step if isinstance(step, list) else [step])
        ]
        destinations = sorted(".".join(s["dest"]) for s in flat)
        if destinations:
            assert destinations[-1] == metadata_version()
        else:
            assert metadata_version() == "20261128001"

    def test_theme_active(self, portal):
        assert (
            api.portal.get_registry_record(
                "plone.app.theming.interfaces.IThemeSettings.currentTheme"
            )
            == "hami"
        )
        assert (
            api.portal.get_registry_record(
                "plone.app.theming.interfaces.IThemeSettings.rules"
            )
            == "/++theme++hami/rules.xml"
        )

    def test_stylesheet_bundle(self, portal):
        assert api.portal.get_registry_record("plone.bundles/hami-theme.enabled")

    def test_portal_names(self, portal):
        from hami.theme.branding import portal_name

        assert portal_name("zh-cn") == "哈密政府网"
        assert portal_name("ug") == "قۇمۇل ھۆكۈمەت تورى"
        assert portal_name("en") == "Hami Government Portal"
        # A language without a name falls back to the site title.
        assert portal_name("fr") == api.portal.get_registry_record("plone.site_title")


def test_the_footer_upgrade_uses_arabic_commas(portal):
    from hami.theme.upgrades.v20261203001 import arabic_separators
    from plone import api

    record = "hami.theme.interfaces.IBrandingSettings.footer_lines"
    lines = dict(api.portal.get_registry_record(record))
    lines["ug"] = "ساھىبخانا: ئىشخانا\u3000تېلېفون: 0902-2224988"
    lines["zh-cn"] = "主办：行署办公室\u3000电话：0902-2224988"
    api.portal.set_registry_record(record, lines)
    arabic_separators(api.portal.get_tool("portal_setup"))
    lines = api.portal.get_registry_record(record)
    assert lines["ug"] == "ساھىبخانا: ئىشخانا، تېلېفون: 0902-2224988"
    assert "\u3000" in lines["zh-cn"]  # Chinese keeps its own separator


def test_the_editor_has_no_advertisement_and_keeps_administrators_settings(portal):
    from hami.theme.upgrades.v20261204001 import no_branding
    from plone import api

    import json

    assert json.loads(api.portal.get_registry_record("plone.other_settings")) == {
        "branding": False,
        "promotion": False,
    }
    api.portal.set_registry_record("plone.other_settings", "{}")  # a site from before
    no_branding(api.portal.get_tool("portal_setup"))
    assert (
        json.loads(api.portal.get_registry_record("plone.other_settings"))["branding"]
        is False
    )
    own = '{"branding": true, "height": 600}'
    api.portal.set_registry_record("plone.other_settings", own)
    no_branding(api.portal.get_tool("portal_setup"))
    assert api.portal.get_registry_record("plone.other_settings") == own
