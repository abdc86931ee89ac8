"""Upgrade steps bring an existing site to what a new site gets."""

from plone import api


def test_what_citizens_find(portal):
    from hami.policy.upgrades.v20261129001 import install_navigation
    from hami.policy.upgrades.v20261129001 import NOT_SEARCHED

    tabs = api.portal.get_tool("portal_actions").portal_tabs
    tabs.manage_delObjects(["service-hall", "mailbox"])
    api.portal.set_registry_record("plone.types_not_searched", ("Plone Site",))
    letterbox = portal["letterbox"]
    letterbox.manage_permission("List folder contents", ["Manager"], 0)

    install_navigation(api.portal.get_tool("portal_setup"))

    assert {"service-hall", "mailbox"} <= set(tabs.objectIds())
    # the letters-to-handle queue lists the letterbox for logged-in staff
    listing = [
        p["name"] for p in letterbox.permissionsOfRole("Authenticated") if p["selected"]
    ]
    assert "List folder contents" in listing
    not_searched = api.portal.get_registry_record("plone.types_not_searched")
    assert not_searched == ("Plone Site", *NOT_SEARCHED)
    # running it again changes nothing
    install_navigation(api.portal.get_tool("portal_setup"))
    assert api.portal.get_registry_record("plone.types_not_searched") == (not_searched)


def test_supervision_keeps_what_administrators_changed(portal):
    from hami.policy.upgrades.v20261128002 import install_supervision
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    registry = getUtility(IRegistry)
    name = "hami.policy.supervision.assessed_languages"
    del registry.records[name]  # a site from before the supervision
    api.portal.set_registry_record("plone.site_title", "哈密地区政府网")
    api.portal.set_registry_record("hami.policy.mailbox.letters_per_hour", 9)

    install_supervision(api.portal.get_tool("portal_setup"))

    assert api.portal.get_registry_record(name) == ["zh-cn"]
    assert api.portal.get_registry_record("plone.site_title") == "哈密地区政府网"
    assert api.portal.get_registry_record("hami.policy.mailbox.letters_per_hour") == 9


def test_security_review_reaches_existing_cases(portal, send, letter_of, staff):
    from hami.policy.security import throttle
    from hami.policy.upgrades.v20261201001 import install_security
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    letter = letter_of(send())
    # a site from before: the office could edit letters, no throttle, no settings
    letter.manage_permission("Modify portal content", ["LetterOffice", "Manager"], 0)
    throttle.uninstall(portal.acl_users)
    registry = getUtility(IRegistry)
    for name in [n for n in registry.records if n.startswith("hami.policy.security")]:
        del registry.records[name]
    api.portal.set_registry_record("hami.policy.mailbox.letters_per_hour", 9)

    install_security(api.portal.get_tool("portal_setup"))

    with api.env.adopt_user(username="office"):
        assert not api.user.has_permission("Modify portal content", obj=letter)
        assert api.user.has_permission("hami.policy: Review letters", obj=letter)
    assert throttle.PLUGIN_ID in portal.acl_users.objectIds()
    assert (
        api.portal.get_registry_record(
            "hami.policy.security.login_failures_per_account"
        )
        == 10
    )
    assert api.portal.get_registry_record("hami.policy.mailbox.letters_per_hour") == 9
    install_security(api.portal.get_tool("portal_setup"))  # twice: no harm


def test_staff_mail_gives_existing_people_their_addresses(portal):
    from hami.policy.mail.addresses import GIVEN
    from hami.policy.upgrades.v20261204001 import install_mail
    from plone.registry.interfaces import IRegistry
    from zope.annotation.interfaces import IAnnotations
    from zope.component import getUtility

    # a site from before: people with the login's address, no mail settings
    person = portal["oa"]["directory"]["hm0074"]
    person.mail_local = None
    person.email = "hm0074@hami.gov.cn"
    del IAnnotations(portal)[GIVEN]
    registry = getUtility(IRegistry)
    for name in [n for n in registry.records if n.startswith("hami.policy.mail.")]:
        del registry.records[name]
    panel = api.portal.get_tool("portal_controlpanel")
    panel.unregisterConfiglet("hami-staff-mail")

    # plone.app.multilingual's shared folder, as it names it
    if "assets" not in portal["ug"]:
        with api.env.adopt_roles(["Manager"]):
            api.content.create(
                container=portal["ug"], type="Folder", id="assets", title="Assets"
            )
    portal["ug"]["assets"].setTitle("Assets")

    install_mail(api.portal.get_tool("portal_setup"))

    assert portal["ug"]["assets"].Title() == "ئورتاق ماتېرىياللار"
    assert person.email == "zhaihaibo@hami.gov.cn"
    assert api.user.get(userid="hm0074").getProperty("email") == person.email
    assert api.portal.get_registry_record("hami.policy.mail.domain") == "hami.gov.cn"
    assert "hami-staff-mail" in {action.id for action in panel.listActions()}
    install_mail(api.portal.get_tool("portal_setup"))  # twice: no harm
    assert person.email == "zhaihaibo@hami.gov.cn"
