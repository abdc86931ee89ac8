"""Staff addresses: pinyin of the name, unique, kept, never reused."""

from hami.policy.mail import addresses
from hami.policy.oa.directory import import_staff
from hami.policy.oa.directory import staff_rows
from hami.policy.testing import TEST_UNITS
from plone import api
from zope.interface import Invalid

import dataclasses
import pytest


def test_every_person_has_an_address_from_the_pinyin_of_their_name(portal):
    directory = portal["oa"]["directory"]
    head = directory["hm0074"]  # 翟海波: the surname reads Zhai
    assert head.mail_local == "zhaihaibo"
    assert head.email == "zhaihaibo@hami.gov.cn"
    # the login's address too: the portal's own mails reach the mailbox
    assert api.user.get(userid="hm0074").getProperty("email") == head.email
    assert directory["hm0079"].email == "abuliziabudoula@hami.gov.cn"
    emails = [p.email for p in directory.contentValues() if p.active]
    active = [row for row in staff_rows() if row.active and row.unit in TEST_UNITS]
    assert len(emails) == len(set(emails)) == len(active)
    assert all(email.endswith("@hami.gov.cn") for email in emails)


def test_the_same_name_gets_a_number_and_an_old_address_is_never_reused(portal):
    rows = [row for row in staff_rows() if row.unit == "fgw"]
    twin = dataclasses.replace(rows[0], id="hm9001", name="翟海波", order=50)
    with api.env.adopt_roles(["Manager"]):
        import_staff(portal, rows=[*rows, twin])
    assert portal["oa"]["directory"]["hm9001"].mail_local == "zhaihaibo2"
    # the first one leaves; a third 翟海波 still does not get their address
    left = dataclasses.replace(rows[0], active=False)
    third = dataclasses.replace(twin, id="hm9002")
    with api.env.adopt_roles(["Manager"]):
        import_staff(portal, rows=[left, *rows[1:], twin, third])
    assert not portal["oa"]["directory"]["hm0074"].active
    assert portal["oa"]["directory"]["hm9002"].mail_local == "zhaihaibo3"
    assert addresses.given()["zhaihaibo"] == "hm0074"


@pytest.mark.parametrize(
    "local",
    ["fgw", "staff", "leaders", "postmaster", "Wang Li", "-wang", "wang..li", "王"],
)
def test_an_administrator_cannot_take_a_list_or_a_malformed_address(portal, local):
    with pytest.raises(Invalid):
        addresses.check(local, "hm0079")


def test_an_administrator_cannot_take_someone_elses_address(portal):
    with pytest.raises(Invalid):
        addresses.check("zhaihaibo", "hm0079")
    assert addresses.check("zhaihaibo", "hm0074") == "zhaihaibo"
    assert addresses.check("A.Bulizi", "hm0079") == "a.bulizi"


def test_a_renamed_address_keeps_reaching_its_owner(portal):
    person = portal["oa"]["directory"]["hm0079"]
    person.mail_local = "abulizi"
    addresses.assign(person)
    assert person.email == "abulizi@hami.gov.cn"
    assert api.user.get(userid="hm0079").getProperty("email") == person.email
    assert addresses.old_locals(person) == ["abuliziabudoula"]
