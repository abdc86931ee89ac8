"""The mail server's tables, written from the staff directory."""

from hami.policy.mail import provisioning
from hami.policy.oa.directory import deactivate
from hami.policy.oa.directory import staff_rows
from hami.policy.testing import TEST_UNITS
from plone import api

import json
import pytest
import transaction


@pytest.fixture
def mail_root(tmp_path, monkeypatch):
    monkeypatch.setenv("HAMI_MAIL_ROOT", str(tmp_path))
    return tmp_path


def lines(root, name) -> list[str]:
    return (root / "maps" / name).read_text().splitlines()


def test_mailboxes_lists_and_accounts(portal, mail_root):
    assert provisioning.provision(portal)
    mailboxes = lines(mail_root, "mailboxes")
    assert "zhaihaibo@hami.gov.cn OK" in mailboxes
    active = [row for row in staff_rows() if row.active and row.unit in TEST_UNITS]
    assert len(mailboxes) == len(active)
    aliases = dict(line.split(" ", 1) for line in lines(mail_root, "aliases"))
    fgw = aliases["fgw@hami.gov.cn"].split(", ")
    assert "zhaihaibo@hami.gov.cn" in fgw
    assert "abuliziabudoula@hami.gov.cn" in fgw
    assert len(aliases["staff@hami.gov.cn"].split(", ")) == len(mailboxes)
    units = [
        a
        for a in aliases
        if a.split("@")[0] not in ("staff", "leaders", "postmaster", "abuse")
    ]
    assert len(units) == len({row.unit for row in active})
    # the two lists are refused from outside, and restricted on submission
    assert lines(mail_root, "protected") == [
        "staff@hami.gov.cn restricted_list",
        "leaders@hami.gov.cn restricted_list",
    ]
    # the test site has no general office (xsb): let fgw's office write
    api.portal.set_registry_record("hami.policy.mail.list_senders", ["fgw-office"])
    provisioning.provision(portal)
    senders = lines(mail_root, "list_senders")
    office = portal["oa"]["directory"]["hm0078"].email
    assert f"{office} OK" in senders
    assert "zhaihaibo@hami.gov.cn OK" not in senders  # fgw's head: not allowed


def test_accounts_carry_the_portals_hash_never_the_password(portal, mail_root):
    portal.acl_users.source_users.userSetPassword("hm0079", "Tianshan-2026!")
    provisioning.provision(portal)
    passwd = (mail_root / "maps" / "passwd").read_text()
    assert "Tianshan-2026!" not in passwd
    entries = dict(line.split(":", 1) for line in passwd.splitlines())
    address = "abuliziabudoula@hami.gov.cn"
    # the mailbox is named after the login: an address may be renamed
    assert entries[address].startswith("{SSHA}")
    assert entries[address].endswith(f"::::{mail_root}/vmail/hm0079::")
    assert entries["hm0079"].endswith(f"::::{mail_root}/vmail/hm0079::user={address}")
    assert oct((mail_root / "maps" / "passwd").stat().st_mode & 0o777) == "0o640"


def test_a_person_who_leaves_loses_the_mail_login_at_once(portal, mail_root):
    provisioning.provision(portal)
    deactivate(portal["oa"]["directory"]["hm0080"])
    address = portal["oa"]["directory"]["hm0080"].mail_local
    provisioning.provision(portal)
    assert not any(line.startswith(address) for line in lines(mail_root, "passwd"))
    assert f"{address}@hami.gov.cn OK" not in lines(mail_root, "mailboxes")


def test_a_second_run_without_change_writes_nothing(portal, mail_root):
    assert provisioning.provision(portal)
    stamps = {p.name: p.stat().st_mtime_ns for p in (mail_root / "maps").iterdir()}
    assert provisioning.provision(portal) == []
    assert {
        p.name: p.stat().st_mtime_ns
        for p in (mail_root / "maps").iterdir()
        if p.name != "status.json"
    } == {name: stamp for name, stamp in stamps.items() if name != "status.json"}
    status = json.loads((mail_root / "maps" / "status.json").read_text())
    active = [row for row in staff_rows() if row.active and row.unit in TEST_UNITS]
    assert status["written"] == [] and status["accounts"] == len(active)
    # each unit with staff and all staff; the test site's leadership has
    # nobody and there is no postmaster to take its mail instead
    assert status["lists"] == len({row.unit for row in active}) + 1
    assert "leaders@hami.gov.cn: nobody receives its mail" in status["problems"]


def test_a_changed_password_reaches_the_table_when_it_commits(
    functional_portal, mail_root
):
    provisioning.provision(functional_portal)
    before = (mail_root / "maps" / "passwd").read_text()
    functional_portal.acl_users.source_users.userSetPassword("hm0098", "Hami-2026-new")
    transaction.abort()  # an aborted change writes nothing
    assert (mail_root / "maps" / "passwd").read_text() == before
    functional_portal.acl_users.source_users.userSetPassword("hm0098", "Hami-2026-new")
    transaction.commit()
    after = (mail_root / "maps" / "passwd").read_text()
    assert after != before
    assert [line for line in after.splitlines() if line.startswith("hm0098:")] != [
        line for line in before.splitlines() if line.startswith("hm0098:")
    ]
