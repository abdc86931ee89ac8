"""Each person's address on the prefecture's domain.

The local part is stored on the person (``mail_local``): by default the pinyin
of the Chinese name (王晓华 → ``wangxiaohua``), made unique with a number
(``wangxiaohua2``); site administrators may change it. Every local part ever
given is recorded with the person it was given to, so it never goes to anyone
else: a person who leaves keeps theirs, and an old local part of a renamed
address keeps reaching its owner (an alias, see provisioning).
"""

from BTrees.OOBTree import OOBTree
from functools import cache
from hami.policy import _
from hami.policy.mail import settings
from hami.policy.organisation.data import units
from plone import api
from pypinyin import lazy_pinyin
from zope.annotation.interfaces import IAnnotations
from zope.interface import Invalid

import re
import unicodedata


GIVEN = "hami.policy.mail.given"  # local part -> userid, for ever
LOCAL = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$")
# Names a mail system keeps for itself (RFC 2142) and the portal's senders.
SYSTEM = frozenset({
    "abuse",
    "admin",
    "administrator",
    "hostmaster",
    "mailer-daemon",
    "noc",
    "no-reply",
    "noreply",
    "postmaster",
    "root",
    "security",
    "webmaster",
    "www",
})


@cache
def unit_ids() -> frozenset[str]:
    """The organisation's units (read once per process)."""
    return frozenset(unit.id for unit in units())


def given() -> OOBTree:
    annotations = IAnnotations(api.portal.get())
    if GIVEN not in annotations:
        annotations[GIVEN] = OOBTree()
    return annotations[GIVEN]


def reserved() -> set[str]:
    """Local parts no person may have: the system's, the lists' and the
    units' (``fgw@`` is the unit's list)."""
    names = set(SYSTEM)
    names.update(unit_ids())
    names.add(settings.get("all_staff_list"))
    names.add(settings.get("leadership_list"))
    sender = (
        api.portal.get_registry_record("plone.email_from_address", default="") or ""
    )
    if "@" in sender:
        names.add(sender.split("@", 1)[0].lower())
    return {name for name in names if name}


# Surnames read otherwise than the character's common reading (翟 is Zhai
# as a surname, di elsewhere).
SURNAMES = {
    "翟": "zhai",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "区": "ou",
    "查": "zha",
    "曾": "zeng",
    "覃": "qin",
    "乐": "yue",
    "缪": "miao",
    "盖": "ge",
    "尉迟": "yuchi",
    "万俟": "moqi",
}


def from_name(name: str, fallback: str) -> str:
    """The pinyin of a name, in lower-case letters and digits only: 王晓华 →
    wangxiaohua, 翟海波 → zhaihaibo, 布合力其汗·艾尔肯 → buheliqihanaierken."""
    name = (name or "").strip()
    head = ""
    if "·" not in name:  # a Han name: its surname first
        for surname in sorted(SURNAMES, key=len, reverse=True):
            if name.startswith(surname):
                head, name = SURNAMES[surname], name[len(surname) :]
                break
    syllables = [head, *lazy_pinyin(name, errors="default")]
    text = unicodedata.normalize("NFKD", "".join(syllables)).lower()
    local = "".join(char for char in text if char.isascii() and char.isalnum())
    return local[:40] or fallback.lower()


def check(local: str, userid: str) -> str:
    """A local part an administrator typed, or Invalid with the reason."""
    local = (local or "").strip().lower()
    if not LOCAL.match(local) or ".." in local:
        raise Invalid(
            _(
                "An address may have lower-case Latin letters, digits, dots, "
                "hyphens and underscores, and starts and ends with a letter or digit."
            )
        )
    owner = given().get(local)
    if owner is not None and owner != userid:
        raise Invalid(_("This address was given to someone else and is never reused."))
    if local in reserved():
        raise Invalid(_("This address belongs to a list or to the mail system."))
    return local


def assign(person) -> bool:
    """Give the person a local part if they have none, and keep the address
    on the person and their login in step. True if anything changed."""
    book = given()
    local = getattr(person, "mail_local", None)
    if not local:
        base = from_name(person.title, person.login)
        names = reserved()
        number = 1
        local = base
        while local in names or book.get(local, person.login) != person.login:
            number += 1
            local = f"{base}{number}"
        person.mail_local = local
    if book.get(local) != person.login:
        book[local] = person.login
    return sync_email(person)


def address(person) -> str:
    local = getattr(person, "mail_local", None)
    return f"{local}@{settings.domain()}" if local else ""


def old_locals(person) -> list[str]:
    """Local parts the person had before: they still reach them."""
    current = getattr(person, "mail_local", None)
    return [
        local
        for local, userid in given().items()
        if userid == person.login and local != current
    ]


def old_locals_of(people) -> dict[str, list[str]]:
    """``old_locals`` for many people: one pass over the book, not one each."""
    current = {person.login: getattr(person, "mail_local", None) for person in people}
    found: dict[str, list[str]] = {}
    for local, userid in given().items():
        if userid in current and local != current[userid]:
            found.setdefault(userid, []).append(local)
    return found


def sync_email(person) -> bool:
    """The address is the person's e-mail in the directory and on their
    login (so the portal's mails reach the mailbox). Nothing for a person who
    has left: their login has no address any more."""
    if not person.active:
        return False
    email = address(person)
    changed = False
    if person.email != email:
        person.email = email
        changed = True
    user = api.user.get(userid=person.login)
    if user is not None and user.getProperty("email") != email:
        user.setMemberProperties({"email": email})
        changed = True
    return changed
