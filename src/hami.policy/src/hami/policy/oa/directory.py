"""The staff directory (通讯录): people, their logins and their groups.

One importer, idempotent, like the organisation's: data/staff.csv (or the file
named by HAMI_STAFF_CSV) gives each person's unit, position, phones, order and
whether they work in the unit's general office or lead it. A person missing
from the portal is created with a login (a random password: staff set theirs
with the password-reset mail); a person the portal's administrators edited
keeps their edits (the import changes only what it wrote itself last time);
nobody is ever deleted. A person who leaves (``active`` empty) is deactivated:
their login loses its password, its e-mail (so no reset mail can bring it
back) and its groups; documents still say who signed them.
"""

from dataclasses import dataclass
from hami.policy import logger
from hami.policy.organisation.data import DATA
from hami.policy.organisation.groups import office_group
from hami.policy.organisation.groups import reviewers_group
from hami.policy.organisation.groups import STAFF
from hami.policy.organisation.groups import staff_group
from hami.policy.organisation.importer import ImportReport
from plone import api
from zope.annotation.interfaces import IAnnotations

import csv
import os
import secrets


DOMAIN = "hami.gov.cn"
IMPORTED = "hami.policy.oa.imported"  # what the import wrote last time
FIELDS = ("title", "unit", "position", "office_phone", "mobile", "order")


@dataclass(frozen=True)
class StaffRow:
    id: str
    name: str
    unit: str
    position: str
    office_phone: str
    mobile: str
    order: int
    office: bool
    leader: bool
    active: bool

    def values(self) -> dict:
        return {
            "title": self.name,
            "unit": self.unit,
            "position": self.position,
            "office_phone": self.office_phone,
            "mobile": self.mobile,
            "order": self.order,
        }


def staff_rows(path=None) -> list[StaffRow]:
    path = path or os.environ.get("HAMI_STAFF_CSV") or DATA / "staff.csv"
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    yes = ("yes", "true", "1")
    return [
        StaffRow(
            id=row["id"].strip(),
            name=row["name"].strip(),
            unit=row["unit"].strip(),
            position=(row.get("position") or "").strip(),
            office_phone=(row.get("office_phone") or "").strip(),
            mobile=(row.get("mobile") or "").strip(),
            order=int(row.get("order") or 100),
            office=(row.get("office") or "").strip().lower() in yes,
            leader=(row.get("leader") or "").strip().lower() in yes,
            active=(row.get("active") or "").strip().lower() in yes,
        )
        for row in rows
    ]


def directory_folder():
    return api.portal.get()["oa"]["directory"]


def person_of(userid: str):
    return directory_folder().get(userid)


def unit_groups(person, office: bool, leader: bool) -> set[str]:
    groups = {STAFF, staff_group(person.unit)}
    if office:
        groups.add(office_group(person.unit))
    if leader:
        groups.add(reviewers_group(person.unit))
    return groups


def _ensure_user(row: StaffRow) -> None:
    if api.user.get(userid=row.id) is None:
        api.user.create(
            username=row.id,
            # a placeholder: the person's mail address replaces it (mail/)
            email=f"{row.id}@{DOMAIN}",
            password=secrets.token_urlsafe(24),
            properties={"fullname": row.name},
        )


def set_groups(userid: str, wanted: set[str]) -> None:
    user = api.user.get(userid=userid)
    if user is None:
        return
    current = set(user.getGroups() or ())
    for group in wanted - current:
        if api.group.get(groupname=group) is not None:
            api.group.add_user(groupname=group, username=userid)
    # only the groups the directory manages (a move to another unit, out of
    # an office); webmasters and leaders named in the portal stay
    managed = {g for g in current if g == STAFF or g.endswith(("-staff", "-office"))}
    for group in managed - wanted:
        api.group.remove_user(groupname=group, username=userid)


def deactivate(person) -> None:
    """The login stops at once: no password anyone knows, no address for a
    reset mail, no groups. The person stays in the directory as inactive."""
    person.active = False
    user = api.user.get(userid=person.login)
    if user is None:
        return
    acl_users = api.portal.get_tool("acl_users")
    acl_users.source_users.userSetPassword(person.login, secrets.token_urlsafe(32))
    user.setMemberProperties({"email": ""})
    for group in set(user.getGroups() or ()) - {"AuthenticatedUsers"}:
        api.group.remove_user(groupname=group, username=person.login)
    person.reindexObject()


def import_staff(portal=None, rows: list[StaffRow] | None = None) -> ImportReport:
    rows = staff_rows() if rows is None else rows
    folder = directory_folder()
    report = ImportReport()
    for row in rows:
        person = folder.get(row.id)
        values = row.values()
        if person is None:
            if not row.active:
                continue  # never created, nothing to keep
            _ensure_user(row)
            person = api.content.create(
                container=folder,
                type="Person",
                id=row.id,
                safe_id=False,
                login=row.id,
                active=True,
                **values,
            )
            IAnnotations(person)[IMPORTED] = values
            report.created.append(row.id)
        else:
            last = IAnnotations(person).get(IMPORTED, {})
            changed = False
            for name in FIELDS:
                current = getattr(person, name, None)
                # what an administrator changed in the portal stays
                if current == last.get(name, current) and current != values[name]:
                    setattr(person, name, values[name])
                    changed = True
            if last != values:  # a second run with the same file writes nothing
                IAnnotations(person)[IMPORTED] = values
            if changed:
                person.reindexObject()
                report.updated.append(row.id)
        if not row.active and person.active:
            deactivate(person)
            report.updated.append(row.id)
        elif person.active:
            set_groups(row.id, unit_groups(person, row.office, row.leader))
    logger.info("Staff import: %s", report)
    return report


def people(unit: str | None = None, text: str = "", active_only: bool = True):
    """The directory's people, in each unit's order, filtered by a text that
    may be part of the name, position, unit id or office phone."""
    text = (text or "").strip().lower()
    found = []
    for person in directory_folder().contentValues():
        if active_only and not person.active:
            continue
        if unit and person.unit != unit:
            continue
        if text and not any(
            text in (getattr(person, name, "") or "").lower()
            for name in ("title", "position", "office_phone", "unit", "login")
        ):
            continue
        found.append(person)
    found.sort(key=lambda p: (p.unit or "", p.order or 0, p.title))
    return found
