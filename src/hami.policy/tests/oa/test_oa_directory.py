"""The staff directory: imported from data, people kept, leavers deactivated."""

from hami.policy.oa.directory import import_staff
from hami.policy.oa.directory import people
from hami.policy.oa.directory import staff_rows
from plone import api

import dataclasses


def test_staff_have_logins_and_unit_groups(portal):
    person = portal["oa"]["directory"]["hm0078"]
    assert person.unit == "fgw" and person.active
    groups = api.user.get(userid="hm0078").getGroups()
    assert {"staff", "fgw-staff", "fgw-office"} <= set(groups)
    assert "fgw-reviewers" in api.user.get(userid="hm0074").getGroups()


def test_people_who_left_are_never_created(portal):
    assert "hm0077" not in portal["oa"]["directory"]  # inactive in the file
    assert api.user.get(userid="hm0077") is None


def test_the_import_is_idempotent_and_keeps_edits(portal):
    rows = [row for row in staff_rows() if row.unit == "fgw"]
    assert not import_staff(portal, rows=rows).changed
    person = portal["oa"]["directory"]["hm0079"]
    person.office_phone = "0902-9999999"  # edited in the portal
    changed = [
        dataclasses.replace(row, position="科长", office_phone="0902-1111111")
        if row.id == "hm0079"
        else row
        for row in rows
    ]
    import_staff(portal, rows=changed)
    assert person.position == "科长"  # the file's change
    assert person.office_phone == "0902-9999999"  # the portal's edit stays


def test_a_person_who_leaves_cannot_log_in(portal):
    rows = [row for row in staff_rows() if row.unit == "fgw"]
    left = [
        dataclasses.replace(row, active=False) if row.id == "hm0080" else row
        for row in rows
    ]
    import_staff(portal, rows=left)
    person = portal["oa"]["directory"]["hm0080"]
    assert not person.active  # kept in the directory
    user = api.user.get(userid="hm0080")
    assert not (set(user.getGroups()) & {"staff", "fgw-staff"})
    assert not user.getProperty("email")
    assert portal.acl_users.authenticate("hm0080", "", portal.REQUEST) is None
    assert person not in people(unit="fgw")


def test_search_by_name_unit_position_and_phone(portal):
    assert [p.getId() for p in people(text="林磊萍")] == ["hm0078"]
    assert all(p.unit == "jyj" for p in people(unit="jyj"))
    found = people(unit="fgw")
    assert [p.order for p in found] == sorted(p.order for p in found)
    assert people(text="0902-2223365")[0].getId() == "hm0078"


def test_the_upgrade_makes_the_area_on_an_existing_site(portal):
    from hami.policy.upgrades.v20261203001 import install_oa

    portal._delObject("oa", suppress_events=True)
    install_oa(api.portal.get_tool("portal_setup"))
    area = portal["oa"]
    assert area["documents"].getLayout() == "oa-documents"
    assert area["directory"].getLayout() == "staff-directory"
    selected = [r["name"] for r in area.rolesOfPermission("View") if r["selected"]]
    assert "Anonymous" not in selected and "Authenticated" not in selected
    catalog = api.portal.get_tool("portal_catalog")
    assert {"oa_tasks", "oa_due"} <= set(catalog.indexes())


def test_the_upgrade_corrects_the_kazakh_guides_title(portal):
    from hami.policy.upgrades.v20261203001 import GUIDES_KK
    from hami.policy.upgrades.v20261203001 import install_oa

    column = portal["kk"]["departments"]["fgw"]["guides"]
    assert column.Title() == GUIDES_KK[1]  # new sites: from the data file
    column.setTitle(GUIDES_KK[0])
    column.reindexObject()
    install_oa(api.portal.get_tool("portal_setup"))
    assert column.Title() == GUIDES_KK[1]
