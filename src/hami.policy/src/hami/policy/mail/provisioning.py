"""The mail server's tables, from the staff directory.

The portal writes, under ``$HAMI_MAIL_ROOT/maps`` (scripts/mailserver.py
makes the rest of that directory):

- ``mailboxes``: one line per active person (Postfix refuses every other
  address of the domain at SMTP time);
- ``aliases``: the unit lists (``fgw@``: its active staff), the leadership,
  all staff, postmaster and abuse, and the old addresses of renamed people;
- ``protected`` / ``protected_outside`` / ``list_senders``: the all-staff and
  leadership lists take mail only from the senders the settings name, and
  never from outside;
- ``senders``: which login may send as which address (submission);
- ``passwd``: Dovecot's accounts, the address and the login of each active
  person with the salted hash the portal itself keeps. No password is ever
  written in the clear; a person who leaves is not in it, so their mail login
  stops at once while their mailbox stays on disk.

Each table is rewritten only when its text changes: into a new file, turned
into Postfix's hash table by ``postmap``, then renamed over the old one, so the
servers never read half a table. A run with no change in the directory writes
no table. The outcome (counts, time, errors) goes to ``maps/status.json`` for
the site administrators' page.

Every change of a person, a group membership or a password schedules one
run, after the transaction commits (an aborted change writes nothing); the
daily job runs it too.
"""

from dataclasses import dataclass
from dataclasses import field
from hami.policy.mail import addresses
from hami.policy.mail import settings
from hami.policy.organisation.groups import LEADERSHIP
from pathlib import Path
from plone import api

import contextlib
import fcntl
import grp
import json
import logging
import os
import shutil
import subprocess
import time
import transaction


logger = logging.getLogger(__name__)

HASH_TABLES = (
    "mailboxes",
    "aliases",
    "senders",
    "protected",
    "protected_outside",
    "list_senders",
)
# The portal's password schemes (AuthEncoding) and Dovecot's names for them.
SCHEMES = {
    "SSHA": "SSHA",
    "SHA": "SHA",
    "SHA256": "SHA256.HEX",
    "BCRYPT": "BLF-CRYPT",
    "CRYPT": "CRYPT",
}
SCHEDULED = object()  # key of the transaction's data: one run per transaction


def mail_root() -> Path | None:
    """The mail server's directory, given to the Zope clients by the
    environment (the production profile and the tests); None: no server."""
    root = os.environ.get("HAMI_MAIL_ROOT")
    return Path(root) if root else None


@dataclass
class Tables:
    texts: dict[str, str] = field(default_factory=dict)
    accounts: int = 0
    lists: int = 0
    problems: list[str] = field(default_factory=list)


def _hash(stored) -> str | None:
    """The stored hash in Dovecot's notation, or None for a scheme it lacks."""
    if isinstance(stored, bytes):
        stored = stored.decode("ascii", "replace")
    if not stored or not stored.startswith("{") or "}" not in stored:
        return None
    scheme, _, value = stored[1:].partition("}")
    dovecot = SCHEMES.get(scheme.upper())
    return f"{{{dovecot}}}{value}" if dovecot and value else None


def _members(group_id: str) -> set[str]:
    group = api.group.get(groupname=group_id) if group_id else None
    return set(group.getGroupMemberIds()) if group is not None else set()


def compute(portal) -> Tables:
    """Every table's text, from the directory as this transaction sees it."""
    from hami.policy.oa.directory import directory_folder

    domain = settings.domain()
    root = mail_root()
    tables = Tables()
    # the hashes live in the user source's own mapping (PAS has no public
    # reader for them: it only checks passwords)
    hashes = portal.acl_users.source_users._user_passwords
    people = sorted(
        (
            person
            for person in directory_folder().contentValues()
            if person.active and getattr(person, "mail_local", None)
        ),
        # by address: a person moved to another unit changes the lists only
        key=lambda person: person.mail_local,
    )
    by_login = {person.login: addresses.address(person) for person in people}
    mailboxes, senders, passwd, aliases = [], [], [], []
    units: dict[str, list[str]] = {}
    previous = addresses.old_locals_of(people)
    for person in people:
        olds = previous.get(person.login, [])
        address = by_login[person.login]
        mailboxes.append(f"{address} OK")
        senders.append(f"{address} {address}, {person.login}")
        units.setdefault(person.unit, []).append(address)
        for old in olds:
            aliases.append(f"{old}@{domain} {address}")
        hashed = _hash(hashes.get(person.login))
        if hashed is None:
            tables.problems.append(
                f"{person.login}: no password the mail server can check "
                "(they set a new one in the portal)"
            )
            continue
        # user:password:uid:gid:gecos:home:shell:extra; the mailbox is named
        # after the login, which never changes (uid, gid: the server's own)
        home = f"{root}/vmail/{person.login.lower()}" if root else ""
        passwd.append(f"{address}:{hashed}::::{home}::")
        # the portal's login works too, as the same mailbox
        passwd.append(f"{person.login.lower()}:{hashed}::::{home}::user={address}")
        # and an old address: Postfix's daemons may deliver to it under the
        # tables of a moment ago, before they see the new alias
        for old in olds:
            passwd.append(f"{old}@{domain}:{hashed}::::{home}::user={address}")
        tables.accounts += 1

    postmaster = sorted(
        by_login[login]
        for login in _members(settings.get("postmaster_group"))
        if login in by_login
    )
    lists = {unit: sorted(members) for unit, members in units.items()}
    all_staff = settings.get("all_staff_list")
    leadership = settings.get("leadership_list")
    lists[all_staff] = sorted(by_login.values())
    lists[leadership] = sorted(
        by_login[login] for login in _members(LEADERSHIP) if login in by_login
    )
    for name in ("postmaster", "abuse"):
        lists[name] = postmaster
    for name, members in sorted(lists.items()):
        members = members or postmaster
        if not members:
            tables.problems.append(f"{name}@{domain}: nobody receives its mail")
            continue
        aliases.append(f"{name}@{domain} {', '.join(members)}")
        if name not in ("postmaster", "abuse"):  # the mail system's, not lists
            tables.lists += 1

    allowed = set()
    for group_id in settings.get("list_senders") or ():
        allowed.update(
            by_login[login] for login in _members(group_id) if login in by_login
        )
    protected = (f"{all_staff}@{domain}", f"{leadership}@{domain}")
    tables.texts = {
        "mailboxes": mailboxes,
        "aliases": aliases,
        "senders": senders,
        "protected": [f"{name} restricted_list" for name in protected],
        "protected_outside": [
            f"{name} REJECT This list takes mail from the prefecture's staff only"
            for name in protected
        ],
        "list_senders": [f"{address} OK" for address in sorted(allowed)],
        "passwd": passwd,
    }
    tables.texts = {
        name: "".join(f"{line}\n" for line in lines)
        for name, lines in tables.texts.items()
    }
    return tables


def _tool(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


def _replace(directory: Path, name: str, text: str, postfix: Path | None) -> None:
    new = directory / f".{name}.{os.getpid()}.new"
    new.write_text(text, encoding="utf-8")
    if name == "passwd":
        # Dovecot re-reads the file when its mtime (in seconds) or size
        # changes: a new password (same size) within the same second as the
        # last write would go unnoticed, so the new file is at least a
        # second younger
        old = directory / name
        if old.exists():
            stamp = max(time.time(), int(old.stat().st_mtime) + 1)
            os.utime(new, (stamp, stamp))
        new.chmod(0o640)
        # Dovecot's auth process reads it as the dovecot group
        with contextlib.suppress(KeyError, PermissionError):
            os.chown(new, -1, grp.getgrnam("dovecot").gr_gid)
    else:
        new.chmod(0o644)
        if postfix is not None:
            subprocess.run(  # noqa: S603 - fixed command, our own paths
                [_tool("postmap"), "-c", str(postfix), f"hash:{new}"],
                check=True,
                capture_output=True,
                timeout=120,
            )
            os.replace(f"{new}.db", directory / f"{name}.db")
    os.replace(new, directory / name)


def write(root: Path, tables: Tables) -> list[str]:
    """Write the tables that changed; the names of those written."""
    directory = root / "maps"
    directory.mkdir(parents=True, exist_ok=True)
    postfix = root / "postfix"
    postfix = (
        postfix if (postfix / "main.cf").exists() and shutil.which("postmap") else None
    )
    written = []
    started = time.monotonic()
    with open(directory / ".lock", "a") as lock:  # one client at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            for name, text in tables.texts.items():
                path = directory / name
                current = path.read_text(encoding="utf-8") if path.exists() else None
                if current == text and (
                    name == "passwd"
                    or postfix is None
                    or (directory / f"{name}.db").exists()
                ):
                    continue
                _replace(directory, name, text, postfix)
                written.append(name)
            if postfix is not None and any(name in HASH_TABLES for name in written):
                _reload(postfix, tables)
            if "passwd" in written:
                _dovecot_rereads(root, tables)
        except (OSError, subprocess.SubprocessError) as exc:
            tables.problems.append(f"{type(exc).__name__}: {exc}")
            logger.exception("Mail tables not written")
        status = {
            "synced": time.strftime("%Y-%m-%d %H:%M:%S %z"),
            "accounts": tables.accounts,
            "lists": tables.lists,
            "written": written,
            "milliseconds": round((time.monotonic() - started) * 1000),
            "problems": tables.problems,
        }
        (directory / "status.json").write_text(json.dumps(status, ensure_ascii=False))
    if written:
        logger.info("Mail tables written: %s", ", ".join(written))
    return written


def _dovecot_rereads(root: Path, tables: Tables) -> None:
    """Dovecot looks at its accounts file at most once a second: a login or a
    delivery in the same second as the last look would miss a new password,
    person or address. Wait for the next second and ask for one account, so
    that the next login or delivery finds the new file."""
    conf = root / "dovecot.conf"
    doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
    first = tables.texts.get("passwd", "").split(":", 1)[0]
    if not (conf.exists() and Path(doveadm).exists() and first):
        return
    time.sleep(1.02 - time.time() % 1)
    subprocess.run(  # noqa: S603 - fixed command, our own paths
        [doveadm, "-c", str(conf), "user", first],
        capture_output=True,
        timeout=30,
    )


def _reload(postfix: Path, tables: Tables) -> None:
    """Postfix's daemons notice a changed table by themselves; a reload makes
    it immediate. Only root may reload: others wait the few seconds."""
    if os.getuid() != 0:
        return
    result = subprocess.run(  # noqa: S603 - fixed command, our own paths
        [_tool("postfix"), "-c", str(postfix), "reload"],
        capture_output=True,
        timeout=60,
    )
    if result.returncode:
        tables.problems.append(
            f"postfix reload: {result.stderr.decode(errors='replace')}"
        )


def provision(portal=None) -> list[str]:
    """Compute and write now (the daily job, the administrators' button)."""
    root = mail_root()
    if root is None:
        return []
    return write(root, compute(portal or api.portal.get()))


def status() -> dict | None:
    root = mail_root()
    path = root / "maps" / "status.json" if root else None
    if path is None or not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def schedule() -> None:
    """Once per transaction: compute when it commits, write after it did."""
    root = mail_root()
    if root is None:
        return
    current = transaction.get()
    try:
        current.data(SCHEDULED)
        return
    except KeyError:
        current.set_data(SCHEDULED, True)
    portal = api.portal.get()
    tables = {}

    def before_commit():
        tables["tables"] = compute(portal)

    def after_commit(committed: bool):
        if committed and "tables" in tables:
            write(root, tables["tables"])

    current.addBeforeCommitHook(before_commit)
    current.addAfterCommitHook(after_commit)
