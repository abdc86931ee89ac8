"""The organisation is data: one importer builds the structure, idempotently."""

from dataclasses import replace
from hami.policy.organisation.data import column_templates
from hami.policy.organisation.data import units
from hami.policy.organisation.importer import import_organisation
from hami.policy.testing import TEST_UNITS
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import INavigationRoot
from plone.base.interfaces.constrains import ISelectableConstrainTypes

import pytest


LANGUAGES = ("zh-cn", "ug", "kk", "en")


@pytest.fixture
def test_units():
    return [unit for unit in units() if unit.id in TEST_UNITS]


class TestData:
    def test_whole_prefecture(self):
        everyone = units()
        kinds = [unit.kind for unit in everyone]
        assert len(everyone) >= 49
        assert kinds.count("party") + kinds.count("government") == 46
        assert kinds.count("county") == 3
        assert {"egov", "service-centre", "mailbox"} <= {u.id for u in everyone}
        assert len({unit.id for unit in everyone}) == len(everyone)

    def test_every_unit_named_in_four_languages(self):
        for unit in units():
            for language in LANGUAGES:
                assert unit.name(language).strip(), (unit.id, language)

    def test_uyghur_and_kazakh_names_use_arabic_letters(self):
        for unit in units():
            for language in ("ug", "kk"):
                name = unit.name(language)
                assert any("\u0600" <= ch <= "\u06ff" for ch in name), unit.id
                # No presentation forms: they break searching and shaping.
                assert not any("\ufb50" <= ch <= "\ufeff" for ch in name), unit.id


class TestStructure:
    def test_sub_site_per_language(self, portal):
        for language in LANGUAGES:
            department = portal[language]["departments"]["fgw"]
            assert department.portal_type == "Department"
            assert department.Language() == language
            assert INavigationRoot.providedBy(department)
        assert portal["zh-cn"]["departments"]["fgw"].Title() == "发展和改革委员会"
        assert (
            portal["en"]["departments"]["fgw"].Title()
            == "Development and Reform Commission"
        )

    def test_counties_apart(self, portal):
        assert portal["zh-cn"]["counties"]["hms"].Title() == "哈密市"
        assert "hms" not in portal["zh-cn"]["departments"]

    def test_translations_linked(self, portal):
        manager = ITranslationManager(portal["zh-cn"]["departments"]["fgw"])
        assert set(manager.get_translations()) == set(LANGUAGES)
        news = ITranslationManager(portal["zh-cn"]["departments"]["fgw"]["news"])
        assert set(news.get_translations()) == set(LANGUAGES)

    def test_columns_from_template(self, portal):
        zh = portal["zh-cn"]["departments"]["fgw"]
        en = portal["en"]["departments"]["fgw"]
        for template in column_templates():
            assert (template.id in zh) is ("zh-cn" in template.languages)
            assert (template.id in en) is ("en" in template.languages)
        news = zh["news"]
        assert (news.column_kind, news.cadence, news.final_review) == (
            "news",
            "2w",
            False,
        )
        notices = zh["notices"]
        assert (notices.cadence, notices.final_review) == ("6m", True)
        assert notices.responsible_department == "fgw"

    def test_columns_accept_their_kind_of_content(self, portal):
        policies = portal["zh-cn"]["departments"]["fgw"]["policies"]
        allowed = ISelectableConstrainTypes(policies).getLocallyAllowedTypes()
        assert allowed == ["PolicyDocument"]

    def test_groups_and_local_roles(self, portal):
        department = portal["ug"]["departments"]["fgw"]
        roles = dict(department.get_local_roles())
        assert set(roles["fgw-editors"]) == {"Contributor", "Editor", "Reader"}
        assert set(roles["fgw-reviewers"]) == {"Reviewer", "Reader"}
        assert api.group.get(groupname="fgw-editors") is not None
        assert "FinalReviewer" in api.group.get_roles(groupname="centre-reviewers")

    def test_contact_from_data(self, portal):
        department = portal["zh-cn"]["departments"]["fgw"]
        assert department.email == "fgw@hami.gov.cn"
        assert department.subdomain == "fgw.hami.gov.cn"
        assert department.phone.startswith("0902-")


class TestIdempotence:
    def test_second_import_changes_nothing(self, portal, test_units):
        import transaction

        transaction.savepoint()
        connection = portal._p_jar
        report = import_organisation(portal, units=test_units)
        assert not report.changed, str(report)
        assert connection._registered_objects == []
        # The probe sees a change when there is one.
        portal["zh-cn"]["departments"]["fgw"].title = "changed"
        assert connection._registered_objects != []

    def test_new_unit_added_without_touching_others(self, portal, test_units):
        from hami.policy.organisation.data import Unit

        fgw = portal["zh-cn"]["departments"]["fgw"]
        before = fgw.modified()
        newcomer = Unit(
            id="tjj2",
            names={
                "zh-cn": "统计调查队",
                "ug": "ستاتىستىكا تەكشۈرۈش ئەترىتى",
                "kk": "ستاتيستيكا تەكسەرۋ ٴوترياتى",
                "en": "Statistical Survey Team",
            },
            kind="government",
            parent="",
            phone="0902-2229999",
            address="哈密市",
            email="tjj2@hami.gov.cn",
            subdomain="tjj2.hami.gov.cn",
        )
        with api.env.adopt_roles(["Manager"]):
            report = import_organisation(portal, units=[*test_units, newcomer])
        assert "zh-cn/departments/tjj2" in report.created
        assert (
            portal["kk"]["departments"]["tjj2"].Title() == "ستاتيستيكا تەكسەرۋ ٴوترياتى"
        )
        assert fgw.modified() == before
        assert not report.updated

    def test_renamed_unit_updated(self, portal, test_units):
        renamed = [
            replace(unit, names={**unit.names, "en": "Development and Reform Bureau"})
            if unit.id == "fgw"
            else unit
            for unit in test_units
        ]
        with api.env.adopt_roles(["Manager"]):
            report = import_organisation(portal, units=renamed)
        assert report.updated == ["en/departments/fgw"]
        assert (
            portal["en"]["departments"]["fgw"].Title()
            == "Development and Reform Bureau"
        )

    def test_column_settings_kept(self, portal, test_units):
        column = portal["zh-cn"]["departments"]["fgw"]["news"]
        column.cadence = "1m"
        with api.env.adopt_roles(["Manager"]):
            import_organisation(portal, units=test_units)
        assert column.cadence == "1m"
