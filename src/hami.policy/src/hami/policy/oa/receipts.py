"""What happens to an issued document in each recipient unit (收文办理).

Each recipient unit has a :class:`Receipt` on the document: its office signs
for it (签收: who, when), assigns it to a member for handling with a deadline
(承办), circulates it for reading (传阅: each read recorded) and closes it
(办结), with a reply when the document asks for one (请示 → 批复). The issuing
office sees every receipt and chases the late ones (催办: a mail, recorded).

Every action checks first (who the user is for this unit, the receipt's
stage, the data) and writes only when all of it holds; a refusal changes
nothing. Receipts are separate persistent objects, so two units signing for
the same document at once write different records.
"""

from BTrees.OOBTree import OOBTree
from datetime import date
from datetime import datetime
from hami.policy import _
from hami.policy.cases.clock import now
from hami.policy.cases.clock import today as clock_today
from hami.policy.errors import Refused
from hami.policy.organisation.groups import office_group
from hami.policy.organisation.groups import staff_group
from persistent import Persistent
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations


KEY = "hami.policy.oa.receipts"
# the states in which the recipient units handle a document: an outgoing
# document once issued, an incoming one once the leader has instructed
HANDLED_STATES = ("issued", "distributed")

NOT_RECEIVER = _(
    "error_not_receiver",
    default="Only the general office of a recipient unit may do this.",
)
NOT_ISSUED = _("error_not_issued", default="The document has not been issued yet.")
NOT_SIGNED = _("error_not_signed_for", default="Sign for the document first.")
ALREADY_SIGNED = _(
    "error_already_signed", default="Your unit has already signed for it."
)
NOT_HANDLER = _(
    "error_not_handler",
    default="Only the person it is assigned to, or the unit's office, may close it.",
)
CLOSED = _(
    "error_receipt_closed", default="This document is already closed in your unit."
)
NOT_IN_UNIT = _(
    "error_not_in_unit", default="${person} does not work in the recipient unit."
)
DEADLINE_PAST = _("error_deadline_past", default="The deadline cannot be in the past.")
REPLY_NEEDED = _(
    "error_reply_needed",
    default="This document asks for a reply: write it before closing.",
)
NOT_READER = _("error_not_reader", default="The document was not circulated to you.")
NOT_ISSUER = _(
    "error_not_issuer", default="Only the issuing unit's general office chases."
)
NOTHING_TO_CHASE = _(
    "error_nothing_to_chase", default="This unit has already closed the document."
)


class Receipt(Persistent):
    """One recipient unit's handling of one document."""

    def __init__(self, unit: str, main: bool):
        self.unit = unit
        self.main = main
        self.signed_by = self.signed_on = None
        self.handler = self.assigned_by = self.assigned_on = self.deadline = None
        self.note = ""
        self.readers = PersistentMapping()  # user id → when read, or None
        self.closed_by = self.closed_on = None
        self.reply = ""
        self.chases = PersistentList()  # (user id, when)

    @property
    def stage(self) -> str:
        if self.closed_on:
            return "closed"
        if self.handler:
            return "assigned"
        if self.signed_on:
            return "signed"
        return "sent"

    def overdue(self, today: date | None = None) -> bool:
        today = today or clock_today()
        return bool(self.deadline and not self.closed_on and self.deadline < today)


def receipts(document) -> OOBTree:
    annotations = IAnnotations(document)
    found = annotations.get(KEY)
    if found is None:
        found = annotations[KEY] = OOBTree()
    return found


def receipt_of(document, unit: str) -> Receipt | None:
    return IAnnotations(document).get(KEY, {}).get(unit)


def distribute(document, deadline: date | None = None) -> None:
    """One receipt per recipient unit (main recipients first); an incoming
    document's units get the leader's deadline."""
    store = receipts(document)
    main = set(document.main_recipients or ())
    for unit in document.recipients():
        if unit not in store:
            store[unit] = Receipt(unit, unit in main)
            store[unit].deadline = deadline


def user_id() -> str:
    return api.user.get_current().getId()


def groups_of(userid: str | None = None) -> set[str]:
    user = api.user.get(userid=userid) if userid else api.user.get_current()
    if user is None:
        return set()
    return set(user.getGroups() or ())


def is_manager() -> bool:
    return bool(api.user.has_permission("Manage portal"))


def _receiving(document, unit: str) -> Receipt:
    if api.content.get_state(document) not in HANDLED_STATES:
        raise Refused(NOT_ISSUED, status=409)
    receipt = receipt_of(document, unit)
    if receipt is None or not (office_group(unit) in groups_of() or is_manager()):
        raise Refused(NOT_RECEIVER, status=403)
    return receipt


def _touch(document) -> None:
    document.reindexObject(idxs=["oa_tasks", "oa_due"])


def sign_for(document, unit: str) -> Receipt:
    receipt = _receiving(document, unit)
    if receipt.signed_on:
        raise Refused(ALREADY_SIGNED, status=409)
    receipt.signed_by, receipt.signed_on = user_id(), now()
    _touch(document)
    return receipt


def _members(unit: str) -> set[str]:
    group = api.group.get(groupname=staff_group(unit))
    if group is None:
        return set()
    return set(group.getGroupMemberIds())


def assign(
    document, unit: str, handler: str, deadline: date, note: str = ""
) -> Receipt:
    receipt = _receiving(document, unit)
    if not receipt.signed_on:
        raise Refused(NOT_SIGNED, status=409)
    if receipt.closed_on:
        raise Refused(CLOSED, status=409)
    if handler not in _members(unit):
        raise Refused(_msg(NOT_IN_UNIT, person=handler), "handler")
    if not isinstance(deadline, date) or deadline < clock_today():
        raise Refused(DEADLINE_PAST, "deadline")
    receipt.handler, receipt.deadline, receipt.note = handler, deadline, note or ""
    receipt.assigned_by, receipt.assigned_on = user_id(), now()
    _touch(document)
    return receipt


def circulate(document, unit: str, readers: list[str]) -> Receipt:
    receipt = _receiving(document, unit)
    if not receipt.signed_on:
        raise Refused(NOT_SIGNED, status=409)
    members = _members(unit)
    for reader in readers:
        if reader not in members:
            raise Refused(_msg(NOT_IN_UNIT, person=reader), "readers")
    for reader in readers:
        receipt.readers.setdefault(reader, None)
    _touch(document)
    return receipt


def mark_read(document, unit: str) -> Receipt:
    receipt = receipt_of(document, unit)
    me = user_id()
    if receipt is None or me not in receipt.readers:
        raise Refused(NOT_READER, status=403)
    if receipt.readers[me] is None:
        receipt.readers[me] = now()
        _touch(document)
    return receipt


def close(document, unit: str, reply: str = "") -> Receipt:
    if api.content.get_state(document) not in HANDLED_STATES:
        raise Refused(NOT_ISSUED, status=409)
    receipt = receipt_of(document, unit)
    me = user_id()
    office = office_group(unit) in groups_of() or is_manager()
    if receipt is None or not (office or (receipt.handler and receipt.handler == me)):
        raise Refused(NOT_HANDLER, status=403)
    if not receipt.signed_on:
        raise Refused(NOT_SIGNED, status=409)
    if receipt.closed_on:
        raise Refused(CLOSED, status=409)
    reply = (reply or "").strip()
    if document.asks_for_reply() and receipt.main and not reply:
        raise Refused(REPLY_NEEDED, "reply")
    receipt.reply = reply[:10000]
    receipt.closed_by, receipt.closed_on = me, now()
    _touch(document)
    return receipt


def chase(document, unit: str) -> Receipt:
    """催办: the issuing office reminds a late unit (mail and record)."""
    from hami.policy.oa.mails import send_chase

    if not (office_group(document.owner_unit()) in groups_of() or is_manager()):
        raise Refused(NOT_ISSUER, status=403)
    receipt = receipt_of(document, unit)
    if receipt is None:
        raise Refused(NOT_RECEIVER, status=404)
    if receipt.closed_on:
        raise Refused(NOTHING_TO_CHASE, status=409)
    receipt.chases.append((user_id(), now()))
    send_chase(document, receipt)
    return receipt


def _msg(message, **mapping):
    from zope.i18nmessageid import Message

    return Message(message, mapping=mapping)


def as_dict(receipt: Receipt) -> dict:
    def when(value: datetime | date | None):
        return value.isoformat() if value else None

    return {
        "unit": receipt.unit,
        "main": receipt.main,
        "stage": receipt.stage,
        "signed_by": receipt.signed_by,
        "signed_on": when(receipt.signed_on),
        "handler": receipt.handler,
        "deadline": when(receipt.deadline),
        "overdue": receipt.overdue(),
        "readers": {k: when(v) for k, v in receipt.readers.items()},
        "closed_by": receipt.closed_by,
        "closed_on": when(receipt.closed_on),
        "reply": receipt.reply,
        "chases": [{"by": by, "on": when(on)} for by, on in receipt.chases],
    }
