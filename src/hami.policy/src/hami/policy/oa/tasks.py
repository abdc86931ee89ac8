"""My work (我的待办): what waits for whom, as catalog tokens.

Each document is indexed with the tokens of the work it waits for:
``check:<unit>`` (its office checks the draft), ``signoff:<group>`` (the
signer's group), ``register:<unit>``, then per recipient unit ``sign:<unit>``
(its office signs for it), ``assign:<unit>``, ``handle:<user>`` and
``read:<user>``; ``redraft:<user>`` for a draft sent back. A user's work is one
catalog query with the tokens of their groups and their own id, so the page
costs the same with ten documents or ten thousand.
"""

from hami.policy import _
from hami.policy.content.official_document import IOfficialDocument
from hami.policy.oa.receipts import groups_of
from hami.policy.oa.receipts import receipt_of
from hami.policy.organisation.groups import LEADERSHIP
from hami.policy.organisation.groups import reviewers_group
from hami.policy.organisation.groups import unit_of_group
from plone import api
from plone.indexer import indexer


NO_DUE = "9999-12-31"

KINDS = {
    "redraft": _("work_redraft", default="Drafts sent back to me"),
    "check": _("work_check", default="Drafts to check"),
    "signoff": _("work_signoff", default="Documents to sign off"),
    "register": _("work_register", default="Documents to register and issue"),
    "sign": _("work_sign", default="Documents to sign for"),
    "assign": _("work_assign", default="Documents to assign"),
    "handle": _("work_handle", default="Documents to handle"),
    "read": _("work_read", default="Documents to read"),
}


def _signer_group(document) -> str:
    if document.prefecture_level:
        return LEADERSHIP
    return reviewers_group(document.issuing_unit)


def tokens(document) -> list[str]:
    state = api.content.get_state(document, default=None)
    unit = document.issuing_unit
    if state == "draft":
        if document.return_reason:
            return [f"redraft:{document.Creator()}"]
        return []
    if state == "checking":
        return [f"check:{unit}"]
    if state == "signing":
        return [f"signoff:{_signer_group(document)}"]
    if state == "signed":
        return [f"register:{unit}"]
    if state != "issued":
        return []
    return _receipt_tokens(document)


def _receipt_tokens(document) -> list[str]:
    found = []
    for recipient in document.recipients():
        receipt = receipt_of(document, recipient)
        if receipt is None or receipt.closed_on:
            continue
        if not receipt.signed_on:
            found.append(f"sign:{recipient}")
        elif not receipt.handler:
            found.append(f"assign:{recipient}")
        else:
            found.append(f"handle:{receipt.handler}")
        found.extend(
            f"read:{reader}" for reader, read in receipt.readers.items() if not read
        )
    return found


@indexer(IOfficialDocument)
def oa_tasks(document) -> list[str]:
    return tokens(document) or ["none"]


@indexer(IOfficialDocument)
def oa_due(document) -> str:
    """The earliest open deadline of the document's receipts (ISO date)."""
    if api.content.get_state(document, default=None) != "issued":
        return NO_DUE
    deadlines = [
        receipt.deadline.isoformat()
        for unit in document.recipients()
        if (receipt := receipt_of(document, unit))
        and receipt.deadline
        and not receipt.closed_on
    ]
    return min(deadlines, default=NO_DUE)


def my_tokens(userid: str | None = None) -> dict[str, list[str]]:
    """The tokens of the work the user may do, by kind."""
    user = api.user.get(userid=userid) if userid else api.user.get_current()
    me = user.getId()
    groups = groups_of(me)
    offices = {unit_of_group(g) for g in groups if g.endswith("-office")}
    signer_groups = {g for g in groups if g.endswith("-reviewers")}
    if LEADERSHIP in groups:
        signer_groups.add(LEADERSHIP)
    offices.discard(None)
    return {
        "redraft": [f"redraft:{me}"],
        "check": [f"check:{u}" for u in offices],
        "signoff": [f"signoff:{g}" for g in signer_groups],
        "register": [f"register:{u}" for u in offices],
        "sign": [f"sign:{u}" for u in offices],
        "assign": [f"assign:{u}" for u in offices],
        "handle": [f"handle:{me}"],
        "read": [f"read:{me}"],
    }


def my_work(userid: str | None = None, limit: int = 50) -> list[dict]:
    """The user's work by kind: count and the first items, overdue first."""
    catalog = api.portal.get_tool("portal_catalog")
    work = []
    for kind, wanted in my_tokens(userid).items():
        if not wanted:
            continue
        brains = catalog.searchResults(
            portal_type="OfficialDocument",
            oa_tasks=wanted,
            sort_on="oa_due",
        )
        work.append({
            "kind": kind,
            "title": KINDS[kind],
            "count": len(brains),
            "items": list(brains[:limit]),
        })
    return work
