"""Answered letters reach the writer, and the public without personal data."""

from hami.policy.errors import Refused
from hami.policy.mailbox import public
from hami.policy.mailbox.redaction import mask
from plone import api
from plone.app.testing import logout

import pytest


BODY = (
    "我叫李明，身份证号652201198001011234，电话13899887766，邮箱liming@example.cn。"
    "哈密市建国南路3号小区暖气只有12度，请李明的邻居王芳也作证。"
)


def test_masking():
    masked = mask(BODY, ("李明",))
    for secret in ("李明", "652201198001011234", "13899887766", "liming@example.cn"):
        assert secret not in masked
    assert "暖气只有12度" in masked  # ordinary numbers stay
    assert "0902-2223434" not in mask("请拨打0902-2223434咨询")


@pytest.fixture
def answered(send, letter_of, staff, step):
    letter = letter_of(send(body=BODY))
    step(letter, "office", "start_review")
    step(letter, "office", "accept", handling_department="fgw")
    step(
        letter,
        "a_handler",
        "submit_answer",
        answer="已责成热力公司整改，李明同志可拨打0902-2223434反映。",
    )
    step(letter, "a_leader", "approve_answer")
    step(letter, "leader", "approve_final")
    return letter


def publish(letter, request, **edits):
    """The office's publish step, with the automatic redaction and its edits."""
    from hami.policy.cases.steps import take
    from hami.policy.mailbox.steps import automatic_redaction
    from hami.policy.mailbox.steps import STEPS

    with api.env.adopt_user(username="office"):
        take(letter, STEPS["publish"], {**automatic_redaction(letter), **edits})
    return api.content.get(UID=letter.public_uid)


def test_published_copy_without_personal_data(answered, http_request):
    copy = publish(
        answered,
        http_request,
        redacted_body=mask(BODY, ("李明",)).replace("王芳", "***"),
    )
    logout()
    assert api.user.get_permissions(obj=copy)["View"]
    text = " ".join((copy.Title(), copy.body, copy.answer))
    for secret in (
        "李明",
        "王芳",
        "652201198001011234",
        "13899887766",
        "liming@example.cn",
    ):
        assert secret not in text
    assert copy.answering_department == "fgw"
    assert copy.received == answered.received.date()
    # The original is untouched and still private.
    assert "李明" in answered.body
    assert not api.user.get_permissions(obj=answered)["View"]


def test_every_redaction_recorded(answered, http_request):
    publish(answered, http_request, redacted_body="（人工删改）暖气不热。")
    kinds = [(entry["actor"], entry["kind"]) for entry in answered.redactions]
    assert ("office", "automatic") in kinds
    assert ("office", "manual") in kinds
    assert all(entry["time"] for entry in answered.redactions)


def test_unpublish_removes_the_copy(answered, http_request, step):
    copy = publish(answered, http_request)
    path = "/".join(copy.getPhysicalPath())
    step(answered, "office", "unpublish")
    assert api.content.get(path=path) is None


def test_public_catalog_never_finds_the_original(answered, http_request):
    publish(answered, http_request)
    logout()
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog(SearchableText="暖气"):
        assert brain.portal_type == "PublishedLetter"
    assert not catalog(portal_type="Letter")


class TestStatusLookup:
    def test_writer_sees_the_answer(self, answered):
        from hami.policy.cases.codes import query_code

        result = public.lookup(
            answered.tracking_number, query_code(answered.tracking_number), "10.1.1.1"
        )
        assert result["state"] == "answered"
        assert "热力公司" in result["answer"]
        assert result["department"] == "fgw"

    def test_before_answer_no_answer(self, send, letter_of):
        from hami.policy.cases.codes import query_code

        letter = letter_of(send())
        result = public.lookup(
            letter.tracking_number, query_code(letter.tracking_number), "10.1.1.2"
        )
        assert result["state"] == "awaiting"
        assert result["answer"] is None

    def test_wrong_codes_one_message_then_blocked(self, send, letter_of):
        letter = letter_of(send())
        messages = set()
        for attempt in range(10):
            with pytest.raises(Refused) as refused:
                public.lookup(letter.tracking_number, f"{attempt:010d}", "10.9.9.9")
            assert refused.value.status == 404
            messages.add(str(refused.value.message))
        with pytest.raises(Refused) as refused:
            public.lookup("XJ000000-AAAAAA", "1234567890", "10.9.9.9")
        assert len(messages) == 1
        assert refused.value.status == 429
        # Even the right code waits once the address is blocked.
        from hami.policy.cases.codes import query_code

        with pytest.raises(Refused):
            public.lookup(
                letter.tracking_number, query_code(letter.tracking_number), "10.9.9.9"
            )


def test_statistics(send, letter_of, staff, step, monkeypatch):
    from datetime import datetime
    from hami.policy.cases import clock
    from hami.policy.mailbox.statistics import compute

    def at(day):
        moment = clock.TIMEZONE.localize(datetime(2026, 11, day, 10))
        monkeypatch.setattr(clock, "now", lambda: moment)

    at(2)  # Monday
    answered = letter_of(send(body="第一封"))
    waiting = letter_of(send(body="第二封", addressed_to="jyj"))
    step(answered, "office", "start_review")
    step(answered, "office", "accept", handling_department="fgw")
    step(waiting, "office", "start_review")
    step(waiting, "office", "accept", handling_department="jyj")
    at(5)  # Thursday: three working days later
    step(answered, "a_handler", "submit_answer", answer="答复")
    step(answered, "a_leader", "approve_answer")
    step(answered, "leader", "approve_final")
    november = compute()["2026-11"]
    total = november["*"]
    assert (total.received, total.accepted, total.answered) == (2, 2, 1)
    assert total.answer_rate == 0.5
    assert total.days_to_first_answer == 3.0
    assert november["fgw"].answered == 1
    assert november["jyj"].answered == 0


def test_answered_after_midnight_is_public_at_once_and_in_its_month(
    send, letter_of, staff, step, http_request, monkeypatch
):
    """Beijing days start at 16:00 UTC: an answer at 00:30 on 1 December is
    public from that moment (not from 08:00) and counts as December's."""
    from DateTime import DateTime
    from datetime import datetime
    from hami.policy.cases import clock

    moment = clock.TIMEZONE.localize(datetime(2026, 12, 1, 0, 30))
    monkeypatch.setattr(clock, "now", lambda: moment)
    letter = letter_of(send(body="十二月一日凌晨答复的信"))
    step(letter, "office", "start_review")
    step(letter, "office", "accept", handling_department="fgw")
    step(letter, "a_handler", "submit_answer", answer="答复")
    step(letter, "a_leader", "approve_answer")
    step(letter, "leader", "approve_final")
    copy = publish(letter, http_request)
    assert copy.effective().equalTo(DateTime("2026-11-30T16:30:00Z"))

    catalog = api.portal.get_tool("portal_catalog")

    def listed(month):
        query = public.published_query(month=month)
        return [brain.UID for brain in catalog.unrestrictedSearchResults(**query)]

    assert copy.UID() in listed("2026-12")
    assert copy.UID() not in listed("2026-11")
    assert copy.UID() in listed("")
    assert copy.UID() in listed("2026-13")  # not a month: no filter


def test_day_start_is_beijing_midnight():
    from DateTime import DateTime
    from datetime import date
    from hami.policy.cases import clock

    assert clock.day_start(date(2026, 11, 29)).equalTo(DateTime("2026-11-28T16:00:00Z"))
    whole_day = clock.day_range(date(2026, 11, 29), date(2026, 11, 29))["query"]
    assert whole_day[0] <= DateTime("2026-11-29T07:59:00+08:00") <= whole_day[1]
    assert not whole_day[0] <= DateTime("2026-11-30T00:00:00+08:00") <= whole_day[1]
