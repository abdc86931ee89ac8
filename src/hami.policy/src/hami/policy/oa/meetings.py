"""Meeting answers (参会回执) and notice readings: guarded, then written.

An invited unit's general office answers who attends, as often as it likes
until the deadline; after it, the answer is refused with the reason. The
organiser's office sees every unit's answer and exports the list. A notice's
reader records their reading once.
"""

from BTrees.OOBTree import OOBTree
from hami.policy import _
from hami.policy.cases.clock import now
from hami.policy.errors import Refused
from hami.policy.oa.receipts import groups_of
from hami.policy.oa.receipts import is_manager
from hami.policy.organisation.groups import office_group
from hami.policy.organisation.groups import STAFF
from hami.policy.organisation.groups import staff_group
from persistent import Persistent
from plone import api
from zope.annotation.interfaces import IAnnotations


ANSWERS = "hami.policy.oa.answers"
READS = "hami.policy.oa.reads"

NOT_INVITED = _(
    "error_not_invited", default="Only the general office of an invited unit answers."
)
TOO_LATE = _("error_answer_too_late", default="The answers were due by ${deadline}.")
NO_ATTENDEES = _(
    "error_no_attendees", default="Name at least one person, one per line."
)
NOT_ADDRESSED = _("error_not_addressed", default="This notice is not addressed to you.")


class Answer(Persistent):
    def __init__(self, unit: str):
        self.unit = unit
        self.attendees: tuple[str, ...] = ()
        self.note = ""
        self.answered_by = self.answered_on = None


def answers(meeting) -> OOBTree:
    annotations = IAnnotations(meeting)
    found = annotations.get(ANSWERS)
    if found is None:
        found = annotations[ANSWERS] = OOBTree()
    return found


def answer_of(meeting, unit: str) -> Answer | None:
    return IAnnotations(meeting).get(ANSWERS, {}).get(unit)


def answer(meeting, unit: str, attendees: list[str], note: str = "") -> Answer:
    if unit not in (meeting.invited_units or ()) or not (
        office_group(unit) in groups_of() or is_manager()
    ):
        raise Refused(NOT_INVITED, status=403)
    if api.content.get_state(meeting) != "scheduled" or now() > _aware(
        meeting.answer_by
    ):
        from zope.i18nmessageid import Message

        raise Refused(
            Message(
                TOO_LATE,
                mapping={"deadline": meeting.answer_by.strftime("%Y-%m-%d %H:%M")},
            ),
            status=409,
        )
    names = tuple(n.strip()[:100] for n in attendees if n and n.strip())[:50]
    if not names:
        raise Refused(NO_ATTENDEES, "attendees")
    store = answers(meeting)
    record = store.get(unit)
    if record is None:
        record = store[unit] = Answer(unit)
    record.attendees, record.note = names, (note or "")[:2000]
    record.answered_by, record.answered_on = api.user.get_current().getId(), now()
    meeting.reindexObject(idxs=["oa_tasks"])
    return record


def _aware(moment):
    """Dexterity stores a naive datetime in the portal's time (Beijing)."""
    from hami.policy.cases.clock import now as clock_now

    if moment is None:
        return clock_now()
    if moment.tzinfo is None:
        return moment.replace(tzinfo=clock_now().tzinfo)
    return moment


def addressed(notice) -> set[str]:
    """The user ids a notice is for."""
    groups = [STAFF] if notice.all_staff else [staff_group(u) for u in notice.units]
    found = set()
    for group_id in groups:
        group = api.group.get(groupname=group_id)
        if group is not None:
            found.update(group.getGroupMemberIds())
    return found


def reads(notice) -> OOBTree:
    annotations = IAnnotations(notice)
    found = annotations.get(READS)
    if found is None:
        found = annotations[READS] = OOBTree()
    return found


def mark_notice_read(notice) -> None:
    me = api.user.get_current().getId()
    if me not in addressed(notice):
        raise Refused(NOT_ADDRESSED, status=403)
    store = reads(notice)
    if me not in store:
        store[me] = now()
        notice.reindexObject(idxs=["oa_tasks"])
