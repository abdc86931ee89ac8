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
from hami.policy.content.official_document import IHandledDocument
from hami.policy.oa.receipts import groups_of
from hami.policy.oa.receipts import HANDLED_STATES
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
    "propose": _("work_propose", default="Incoming documents to propose"),
    "instruct": _("work_instruct", default="Incoming documents to instruct"),
    "sign": _("work_sign", default="Documents to sign for"),
    "assign": _("work_assign", default="Documents to assign"),
    "handle": _("work_handle", default="Documents to handle"),
    "read": _("work_read", default="Documents to read"),
    "answer": _("work_answer", default="Meetings to answer"),
    "notice": _("work_notice", default="Notices to read"),
}


def _signer_group(document) -> str:
    if document.prefecture_level:
        return LEADERSHIP
    return reviewers_group(document.owner_unit())


# the states that wait for one person or group: the kind of work, and whether
# the signer's group (else the owning unit's office) does it
WAITING = {
    "checking": ("check", False),
    "signing": ("signoff", True),
    "signed": ("register", False),
    "registered": ("propose", False),
    "instructing": ("instruct", True),
}


def tokens(document) -> list[str]:
    state = api.content.get_state(document, default=None)
    if state == "scheduled":  # a meeting: the invited units that have not answered
        from hami.policy.oa.meetings import answer_of

        return [
            f"answer:{unit}"
            for unit in document.recipients()
            if answer_of(document, unit) is None
        ]
    if state == "published":  # a notice: who has not read it
        from hami.policy.oa.meetings import addressed
        from hami.policy.oa.meetings import reads

        done = reads(document)
        return [f"notice:{u}" for u in sorted(addressed(document)) if u not in done]
    if state == "draft":
        if document.return_reason:
            return [f"redraft:{document.Creator()}"]
        return []
    if state in WAITING:
        kind, by_signer = WAITING[state]
        who = _signer_group(document) if by_signer else document.owner_unit()
        return [f"{kind}:{who}"]
    if state in HANDLED_STATES:
        return _receipt_tokens(document)
    return []


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


@indexer(IHandledDocument)
def oa_tasks(document) -> list[str]:
    return tokens(document) or ["none"]


@indexer(IHandledDocument)
def oa_due(document) -> str:
    """The earliest open deadline of the document's receipts (ISO date)."""
    state = api.content.get_state(document, default=None)
    if state == "scheduled" and document.answer_by:
        return document.answer_by.date().isoformat()
    if state not in HANDLED_STATES:
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
        "propose": [f"propose:{u}" for u in offices],
        "instruct": [f"instruct:{g}" for g in signer_groups],
        "sign": [f"sign:{u}" for u in offices],
        "assign": [f"assign:{u}" for u in offices],
        "handle": [f"handle:{me}"],
        "read": [f"read:{me}"],
        "answer": [f"answer:{u}" for u in offices],
        "notice": [f"notice:{me}"],
    }


def my_work(userid: str | None = None, limit: int = 50) -> list[dict]:
    """The user's work by kind: count and the first items, overdue first."""
    catalog = api.portal.get_tool("portal_catalog")
    work = []
    for kind, wanted in my_tokens(userid).items():
        if not wanted:
            continue
        brains = catalog.searchResults(
            object_provides=IHandledDocument.__identifier__,
            oa_tasks=wanted,
            sort_on="oa_due",
        )
        work.append({
            "kind": kind,
            "title": KINDS[kind],
            "count": len(brains),
            "documents": list(brains[:limit]),
        })
    return work


def work_count(userid: str | None = None) -> int:
    """How many documents wait for the user (the badge in the user menu)."""
    wanted = [token for tokens in my_tokens(userid).values() for token in tokens]
    catalog = api.portal.get_tool("portal_catalog")
    return len(
        catalog.searchResults(
            object_provides=IHandledDocument.__identifier__, oa_tasks=wanted
        )
    )
