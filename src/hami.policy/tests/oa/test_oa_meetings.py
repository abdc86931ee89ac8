"""Meeting notices with attendance answers, internal notices with readings."""

from datetime import timedelta
from hami.policy.cases.clock import now
from hami.policy.errors import Refused
from hami.policy.oa import meetings
from hami.policy.oa.tasks import my_work
from plone import api
from test_oa_documents import as_user
from test_oa_documents import can_view
from test_oa_documents import DRAFTER
from test_oa_documents import FGW_OFFICE
from test_oa_documents import GSJ_OFFICE
from test_oa_documents import GSJ_STAFF
from test_oa_documents import JYJ_OFFICE
from test_oa_documents import JYJ_STAFF
from test_oa_documents import OUTSIDER
from zope.interface import Invalid

import pytest


def meeting(portal, **fields):
    start = now().replace(tzinfo=None) + timedelta(days=7)
    values = {
        "title": "全区冬季安全生产工作会议",
        "organiser_unit": "fgw",
        "start": start,
        "place": "行署三楼会议室",
        "agenda": "一、通报安全生产形势\n二、部署冬季检查",
        "invited_units": ["jyj", "gsj"],
        "answer_by": start - timedelta(days=2),
    }
    values.update(fields)

    def create():
        return api.content.create(
            container=portal["oa"]["documents"], type="Meeting", **values
        )

    return as_user(DRAFTER, create)


def test_invited_units_answer_who_attends(portal):
    item = meeting(portal)
    assert can_view(JYJ_STAFF, item) and not can_view(OUTSIDER, item)
    work = {w["kind"]: w for w in as_user(JYJ_OFFICE, my_work)}
    assert work["answer"]["count"] == 1
    as_user(JYJ_OFFICE, meetings.answer, item, "jyj", ["冯旭 局长", "孟凯 办公室科员"])
    assert meetings.answer_of(item, "jyj").attendees == ("冯旭 局长", "孟凯 办公室科员")
    work = {w["kind"]: w for w in as_user(JYJ_OFFICE, my_work)}
    assert work["answer"]["count"] == 0
    # a staff member is not the office; an uninvited office is refused
    with pytest.raises(Refused):
        as_user(JYJ_STAFF, meetings.answer, item, "jyj", ["某人"])
    with pytest.raises(Refused):
        as_user(GSJ_OFFICE, meetings.answer, item, "jyj", ["某人"])
    with pytest.raises(Refused) as refused:
        as_user(GSJ_OFFICE, meetings.answer, item, "gsj", ["", "  "])
    assert refused.value.field == "attendees"
    assert meetings.answer_of(item, "gsj") is None


def test_answers_after_the_deadline_are_refused(portal):
    start = now().replace(tzinfo=None) + timedelta(days=1)
    item = meeting(
        portal, start=start, answer_by=now().replace(tzinfo=None) - timedelta(hours=1)
    )
    with pytest.raises(Refused) as refused:
        as_user(JYJ_OFFICE, meetings.answer, item, "jyj", ["冯旭"])
    assert refused.value.status == 409
    assert meetings.answer_of(item, "jyj") is None


def test_answers_are_due_before_the_meeting():
    from hami.policy.content.meeting import IMeeting

    class Data:
        start = now()
        answer_by = now() + timedelta(days=1)

    with pytest.raises(Invalid):
        IMeeting.validateInvariants(Data())


def test_the_organiser_exports_the_attendance(portal):
    from hami.policy.oa.browser.document import AttendanceCSV

    item = meeting(portal)
    as_user(JYJ_OFFICE, meetings.answer, item, "jyj", ["冯旭 局长"])
    with api.env.adopt_user(username=FGW_OFFICE):
        text = AttendanceCSV(item, item.REQUEST)()
    assert "冯旭 局长" in text


def notice(portal, **fields):
    values = {
        "title": "关于元旦放假安排的通知",
        "issuing_unit": "fgw",
        "all_staff": False,
        "units": ["jyj"],
    }
    values.update(fields)

    def create():
        return api.content.create(
            container=portal["oa"]["documents"], type="Notice", **values
        )

    return as_user(DRAFTER, create)


def test_a_notice_to_units_records_each_reading(portal):
    item = notice(portal)
    assert can_view(JYJ_STAFF, item) and not can_view(GSJ_STAFF, item)
    work = {w["kind"]: w for w in as_user(JYJ_STAFF, my_work)}
    assert work["notice"]["count"] == 1
    as_user(JYJ_STAFF, meetings.mark_notice_read, item)
    assert JYJ_STAFF in meetings.reads(item)
    work = {w["kind"]: w for w in as_user(JYJ_STAFF, my_work)}
    assert work["notice"]["count"] == 0
    with pytest.raises(Refused):
        as_user(GSJ_STAFF, meetings.mark_notice_read, item)


def test_a_notice_to_all_staff(portal):
    item = notice(portal, all_staff=True, units=[])
    assert can_view(GSJ_STAFF, item) and can_view(OUTSIDER, item)
    as_user(OUTSIDER, meetings.mark_notice_read, item)
    assert OUTSIDER in meetings.reads(item)
