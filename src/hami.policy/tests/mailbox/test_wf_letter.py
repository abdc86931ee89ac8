"""A letter's way: office review, assignment, answer, two approvals, publication.

Who sees it and who may take each step, state by state.
"""

from datetime import date
from hami.policy.cases import clock
from plone import api
from support import can_view
from support import transitions

import pytest


@pytest.fixture
def letter(send, letter_of, staff):
    return letter_of(send())


@pytest.fixture
def accepted(letter, step):
    step(letter, "office", "start_review")
    step(letter, "office", "accept", handling_department="fgw", complex_case=False)
    return letter


class TestWhoSeesWhat:
    def test_received_letter_is_the_office_s(self, letter):
        assert can_view("office", letter)
        for user in (
            "anonymous",
            "member",
            "a_handler",
            "a_leader",
            "b_handler",
            "leader",
        ):
            assert not can_view(user, letter), user

    def test_assigned_department_sees_it_others_do_not(self, accepted):
        for user in ("office", "a_handler", "a_leader"):
            assert can_view(user, accepted), user
        for user in ("anonymous", "member", "b_handler", "b_leader"):
            assert not can_view(user, accepted), user

    def test_attachments_as_private_as_the_letter(self, send, letter_of, staff, step):
        from support import JPEG

        letter = letter_of(send(attachments=[("id-card.jpg", JPEG)]))
        attachment = letter.contentValues()[0]
        assert not can_view("anonymous", attachment)
        assert not can_view("a_handler", attachment)
        step(letter, "office", "start_review")
        step(letter, "office", "accept", handling_department="fgw")
        assert can_view("a_handler", attachment)
        assert not can_view("b_handler", attachment)

    def test_reassignment_takes_the_letter_away(self, accepted, step):
        step(accepted, "office", "reassign", handling_department="jyj")
        assert can_view("b_handler", accepted)
        assert not can_view("a_handler", accepted)


class TestSteps:
    def test_only_the_office_reviews(self, letter):
        assert transitions("office", letter) == {"start_review"}
        for user in ("a_handler", "a_leader", "leader", "member"):
            assert transitions(user, letter) == set(), user

    def test_the_whole_way(self, accepted, step):
        assert transitions("a_handler", accepted) == {"submit_answer"}
        assert "submit_answer" not in transitions("b_handler", accepted)
        step(
            accepted,
            "a_handler",
            "submit_answer",
            answer="已协调热力公司，三日内整改。",
        )
        assert transitions("a_leader", accepted) >= {"approve_answer", "return_answer"}
        assert transitions("a_handler", accepted) == set()
        step(accepted, "a_leader", "approve_answer")
        # A letter to the commissioner: the leadership approves the answer.
        assert "approve_final" in transitions("leader", accepted)
        assert "approve_final" not in transitions("office_leader", accepted)
        step(accepted, "leader", "approve_final")
        assert api.content.get_state(accepted) == "answered"
        assert accepted.answered_on is not None
        assert transitions("office", accepted) >= {"publish", "close"}

    def test_letter_to_a_department_approved_by_the_office(
        self, send, letter_of, staff, step
    ):
        letter = letter_of(send(addressed_to="fgw"))
        step(letter, "office", "start_review")
        step(letter, "office", "accept", handling_department="fgw")
        step(letter, "a_handler", "submit_answer", answer="答复")
        step(letter, "a_leader", "approve_answer")
        assert "approve_final" in transitions("office_leader", letter)
        assert "approve_final" not in transitions("leader", letter)

    def test_answer_sent_back(self, accepted, step):
        step(accepted, "a_handler", "submit_answer", answer="答复草稿")
        step(accepted, "a_leader", "return_answer", answer_rejection="请写明整改时限")
        assert api.content.get_state(accepted) == "accepted"
        assert "submit_answer" in transitions("a_handler", accepted)

    def test_no_publication_without_consent(self, send, letter_of, staff, step):
        letter = letter_of(send(publish_consent=False))
        step(letter, "office", "start_review")
        step(letter, "office", "accept", handling_department="fgw")
        step(letter, "a_handler", "submit_answer", answer="答复")
        step(letter, "a_leader", "approve_answer")
        step(letter, "leader", "approve_final")
        assert "publish" not in transitions("office", letter)
        assert "close" in transitions("office", letter)

    def test_not_accepted_with_reason(self, letter, step):
        step(letter, "office", "start_review")
        step(letter, "office", "refuse", refusal_reason="来信内容不完整。")
        assert api.content.get_state(letter) == "not_accepted"

    def test_transfer_to_petitions_office(self, letter, step):
        step(letter, "office", "start_review")
        step(letter, "office", "transfer", transfer_note="属于信访事项。")
        assert api.content.get_state(letter) == "transferred"
        assert letter.handling_department == "xfj"


class TestDeadline:
    def test_ordinary_letter_three_working_days(self, letter, step, monkeypatch):
        from datetime import datetime

        friday = clock.TIMEZONE.localize(datetime(2026, 11, 27, 10))
        monkeypatch.setattr(clock, "now", lambda: friday)
        step(letter, "office", "start_review")
        step(letter, "office", "accept", handling_department="fgw", complex_case=False)
        assert letter.accepted_on == date(2026, 11, 27)
        assert letter.deadline == date(2026, 12, 2)  # Mon, Tue, Wed

    def test_complex_letter_ten_working_days_across_holidays(
        self, letter, step, monkeypatch
    ):
        from datetime import datetime

        api.portal.set_registry_record(
            "hami.policy.holidays",
            ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"],
        )
        api.portal.set_registry_record("hami.policy.working_weekends", ["2026-10-10"])
        monkeypatch.setattr(
            clock, "now", lambda: clock.TIMEZONE.localize(datetime(2026, 9, 30, 9))
        )
        step(letter, "office", "start_review")
        step(letter, "office", "accept", handling_department="fgw", complex_case=True)
        # Oct 8, 9, 10 (worked Saturday), 12-16, 19, 20
        assert letter.deadline == date(2026, 10, 20)
