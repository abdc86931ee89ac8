"""The audit trail (审计日志): who did what, and when, that staff cannot edit.

Workflow steps, sharing changes, group membership changes, log-ins, failed
log-ins and refused log-ins are recorded with the moment, the person, the
object or group and the client's address. The trail lives at the root of the
database, outside every site: nothing in Plone's screens or REST API can
change it; site administrators read it and export it as CSV
(``@@audit-log``).

What a request does is recorded in the request's own transaction, so that a
step that is rolled back leaves no entry. Failed log-ins are recorded in a
transaction of their own (:func:`record_now`): their request answers 401 and
is rolled back.
"""

from __future__ import annotations

from BTrees.OOBTree import OOBTree
from collections.abc import Iterator
from datetime import datetime
from hami.policy.cases import clock
from persistent.mapping import PersistentMapping
from plone import api
from zope.component.hooks import getSite
from zope.globalrequest import getRequest

import secrets
import time
import transaction


ROOT_KEY = "hami.audit"
KINDS = (
    "workflow",
    "sharing",
    "group_added",
    "group_removed",
    "login",
    "logout",
    "login_failed",
    "login_throttled",
)


def _trail(root) -> OOBTree:
    trail = root.get(ROOT_KEY)
    if trail is None:
        trail = root[ROOT_KEY] = OOBTree()
    return trail


def _entry(kind: str, actor: str, path: str = "", detail: str = "") -> dict:
    request = getRequest()
    address = ""
    if request is not None and hasattr(request, "getClientAddr"):
        address = request.getClientAddr() or ""
    return {
        "time": clock.now().isoformat(timespec="seconds"),
        "kind": kind,
        "actor": actor or "",
        "path": path,
        "detail": detail,
        "address": address,
    }


def _key() -> str:
    # time first: the trail reads in order; the nonce keeps simultaneous
    # entries apart (and their inserts mergeable by the BTree)
    return f"{time.time():017.6f}:{secrets.token_hex(4)}"


def _root_of(obj):
    return obj._p_jar.root()


def record(kind: str, actor: str = "", path: str = "", detail: str = "") -> None:
    """An entry in the current transaction (it stays only if the work does)."""
    site = getSite()
    if site is None or getattr(site, "_p_jar", None) is None:
        return
    if not actor:
        user = api.user.get_current()
        actor = user.getId() or "" if user is not None else ""
    _trail(_root_of(site))[_key()] = PersistentMapping(
        _entry(kind, actor, path, detail)
    )


def record_now(db, kind: str, actor: str, path: str = "", detail: str = "") -> None:
    """An entry committed at once, whatever becomes of the request."""
    entry = _entry(kind, actor, path, detail)
    for _attempt in range(5):
        manager = transaction.TransactionManager()
        connection = db.open(transaction_manager=manager)
        try:
            _trail(connection.root())[_key()] = PersistentMapping(entry)
            manager.commit()
            return
        except Exception:
            manager.abort()
        finally:
            connection.close()


def entries(
    root,
    kind: str = "",
    actor: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
) -> Iterator[dict]:
    """The trail, newest first, filtered."""
    trail = root.get(ROOT_KEY)
    if trail is None:
        return
    low = f"{since.timestamp():017.6f}" if since else None
    high = f"{until.timestamp():017.6f}" if until else None
    for key in reversed(list(trail.keys(min=low, max=high))):
        entry = dict(trail[key])
        if kind and entry["kind"] != kind:
            continue
        if actor and entry["actor"] != actor:
            continue
        yield entry


# -- what is recorded --


def _path(obj) -> str:
    return "/".join(obj.getPhysicalPath())


def on_transition(obj, event) -> None:
    if event.transition is None:
        return
    comment = (event.kwargs or {}).get("comment", "") or ""
    detail = f"{event.old_state.getId()} → {event.new_state.getId()}"
    record(
        "workflow",
        path=_path(obj),
        detail=f"{event.transition.getId()}: {detail}"
        + (f" ({comment})" if comment else ""),
    )


def on_sharing(obj, event) -> None:
    roles = {
        principal: sorted(local)
        for principal, local in obj.get_local_roles()
        if principal
    }
    record("sharing", path=_path(obj), detail=repr(roles))


def _principal_id(principal) -> str:
    """PAS sends some events with the principal, some with its id."""
    return principal.getId() if hasattr(principal, "getId") else str(principal)


def on_added_to_group(event) -> None:
    record("group_added", path=event.group_id, detail=_principal_id(event.principal))


def on_removed_from_group(event) -> None:
    record("group_removed", path=event.group_id, detail=_principal_id(event.principal))


def on_login(event) -> None:
    record("login", actor=_principal_id(event.principal))


def on_logout(event) -> None:
    record("logout", actor=_principal_id(event.principal))
