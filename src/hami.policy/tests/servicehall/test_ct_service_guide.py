"""Service guides and their forms, created from data in four languages."""

from hami.policy.servicehall.importer import import_services
from hami.policy.servicehall.importer import services
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager


def test_ten_services_in_the_data():
    data = services()
    assert len(data) == 10
    assert all(any(f["type"] == "file" for f in s["fields"]) for s in data)
    assert any(s["time_limit_days"] == 0 for s in data)


def test_guides_and_forms_in_every_language(portal):
    for language in ("zh-cn", "ug", "kk", "en"):
        column = portal[language]["departments"]["gsj"]["guides"]
        guide = column["business-licence-change"]
        form = column["business-licence-change-form"]
        assert guide.portal_type == "ServiceGuide" and form.portal_type == "EasyForm"
        assert guide.application_form.to_object == form
        assert api.content.get_state(guide) == "published"
        assert api.content.get_state(form) == "published"
        assert guide.Language() == form.Language() == language
    translations = ITranslationManager(
        portal["zh-cn"]["departments"]["gsj"]["guides"]["business-licence-change"]
    )
    assert set(translations.get_translations()) == {"zh-cn", "ug", "kk", "en"}


def test_form_labels_in_the_language(portal):
    from plone.supermodel import loadString

    form = portal["ug"]["departments"]["gsj"]["guides"]["business-licence-change-form"]
    schema = loadString(form.fields_model).schema
    titles = [schema[name].title for name in schema]
    assert list(schema)[:4] == ["applicant_name", "id_number", "phone", "email"]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in title) for title in titles)


def test_materials_table(portal):
    guide = portal["zh-cn"]["departments"]["gsj"]["guides"]["business-licence-change"]
    rows = guide.materials_table()
    assert rows and all(row["name"] and row["form"] and row["copies"] for row in rows)


def test_import_twice_creates_nothing(portal):
    assert import_services(portal) == []


def test_new_form_in_a_guides_column_is_ready_for_applications(portal, http_request):
    from plone.supermodel import loadString

    column = portal["zh-cn"]["departments"]["gsj"]["guides"]
    with api.env.adopt_roles(["Manager"]):
        form = api.content.create(column, "EasyForm", id="new-form", title="新表单")
    fields = loadString(form.fields_model).schema
    assert {"applicant_name", "phone"} <= set(fields.names())
    assert "replyto" not in fields.names()
    actions = loadString(form.actions_model).schema
    assert [type(actions[name]).__name__ for name in actions] == ["CreateApplication"]


def test_guide_offers_the_form_whose_action_names_it(portal, http_request):
    from hami.policy.servicehall.importer import actions_model

    column = portal["zh-cn"]["departments"]["gsj"]["guides"]
    guide = column["sole-trader-registration"]
    with api.env.adopt_roles(["Manager"]):
        guide.application_form = None
        api.content.delete(
            column["sole-trader-registration-form"], check_linkintegrity=False
        )
        form = api.content.create(
            column, "EasyForm", id="other-form", title="个体户表单"
        )
        form.actions_model = actions_model({"id": "sole-trader-registration"}, "zh-cn")
        form.reindexObject()
        api.content.transition(obj=form, transition="publish")
    view = api.content.get_view("service-guide-view", guide, http_request)
    assert view.form_url() == form.absolute_url()
