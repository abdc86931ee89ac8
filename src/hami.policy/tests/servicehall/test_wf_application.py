"""An application's way: acceptance, supplement, review, decision, closing;
who sees it and who may take each step; deadlines in working days."""

from datetime import date
from datetime import datetime
from hami.policy.cases import clock
from hami.policy.servicehall import public
from plone import api
from plone.app.testing import logout
from support import can_view
from support import transitions


def at(monkeypatch, *when):
    moment = clock.TIMEZONE.localize(datetime(*when))
    monkeypatch.setattr(clock, "now", lambda: moment)


class TestRoles:
    def test_submitted_application_is_the_centre_s(self, apply, staff):
        application, _receipt = apply()
        assert can_view("centre", application)
        for user in ("anonymous", "member", "handler", "head", "other", "leader"):
            assert not can_view(user, application), user
        assert transitions("centre", application) == {
            "accept",
            "refuse",
            "request_supplement",
        }
        assert transitions("handler", application) == set()

    def test_accepted_goes_to_the_responsible_department_only(self, apply, staff, step):
        application, _receipt = apply()
        step(application, "centre", "accept")
        for user in ("centre", "handler", "head"):
            assert can_view(user, application), user
        for user in ("anonymous", "member", "other", "leader"):
            assert not can_view(user, application), user
        assert transitions("handler", application) == {"start_review"}
        assert transitions("other", application) == set()

    def test_files_as_private_as_the_application(self, apply, staff, step):
        application, _receipt = apply()
        scan = application.contentValues()[0]
        assert not can_view("anonymous", scan)
        assert not can_view("other", scan)
        step(application, "centre", "accept")
        assert can_view("handler", scan)


class TestWay:
    def test_decided_by_the_department(self, apply, staff, step):
        application, _receipt = apply()
        step(application, "centre", "accept")
        step(application, "handler", "start_review")
        assert transitions("handler", application) == {"approve", "deny"}
        step(application, "head", "approve", decision_note="准予变更登记。")
        assert api.content.get_state(application) == "approved"
        assert application.answered_on is not None
        step(application, "centre", "close")
        result = public.status(application)
        assert (
            result["state"] == "closed" and result["decision_note"] == "准予变更登记。"
        )

    def test_leadership_approval_where_required(self, apply, staff, step, portal):
        # The private school approval (jyj) needs the leadership; give it to gsj's
        # department here by asking for it on this application.
        application, _receipt = apply()
        application.leadership_approval = True
        step(application, "centre", "accept")
        step(application, "handler", "start_review")
        assert transitions("handler", application) == {
            "propose_approval",
            "propose_denial",
        }
        step(application, "handler", "propose_denial", decision_note="材料不实。")
        assert api.content.get_state(application) == "pending_leadership"
        assert can_view("leader", application)
        assert transitions("leader", application) == {
            "leadership_approve",
            "leadership_deny",
        }
        assert transitions("handler", application) == set()
        step(application, "leader", "leadership_deny")
        assert api.content.get_state(application) == "denied"

    def test_refused_with_reason(self, apply, staff, step):
        application, _receipt = apply()
        step(application, "centre", "refuse", refusal_reason="不属于本中心受理范围。")
        result = public.status(application)
        assert result["state"] == "refused"
        assert result["refusal_reason"] == "不属于本中心受理范围。"

    def test_supplement_through_the_status_page(self, apply, staff, step):
        application, receipt = apply()
        step(
            application,
            "centre",
            "request_supplement",
            supplement_request="请补充股东会决议。",
        )
        found = public.find(receipt.tracking_number, receipt.query_code, "10.2.0.9")
        assert public.status(found)["missing"] == "请补充股东会决议。"
        logout()
        public.supplement(found, [("决议.pdf", b"%PDF-1.4 minutes")])
        assert api.content.get_state(application) == "submitted"
        assert any(f.Title() == "决议.pdf" for f in application.contentValues())
        assert "accept" in transitions("centre", application)


class TestDeadlines:
    def test_working_days_from_acceptance(self, apply, staff, step, monkeypatch):
        at(monkeypatch, 2026, 11, 27, 10)  # Friday; the service promises 5 working days
        application, _receipt = apply()
        step(application, "centre", "accept")
        assert application.accepted_on == date(2026, 11, 27)
        assert application.deadline == date(2026, 12, 4)

    def test_across_holidays(self, apply, staff, step, monkeypatch):
        api.portal.set_registry_record(
            "hami.policy.holidays",
            ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"],
        )
        api.portal.set_registry_record("hami.policy.working_weekends", ["2026-10-10"])
        at(monkeypatch, 2026, 9, 30, 10)
        application, _receipt = apply()
        step(application, "centre", "accept")
        # Oct 8, 9, 10 (worked Saturday), 12, 13
        assert application.deadline == date(2026, 10, 13)

    def test_immediate_matter_same_day(self, apply, staff, step, monkeypatch, guide):
        guide.time_limit_days = 0  # 即办件
        at(monkeypatch, 2026, 11, 26, 10)
        application, _receipt = apply()
        step(application, "centre", "accept")
        assert application.deadline == date(2026, 11, 26)

    def test_overdue_flagged(self, apply, staff, step, monkeypatch, http_request):
        at(monkeypatch, 2026, 11, 2, 10)
        application, _receipt = apply()
        step(application, "centre", "accept")
        at(monkeypatch, 2026, 11, 20, 10)
        with api.env.adopt_user(username="handler"):
            view = api.content.get_view("application-view", application, http_request)
            assert view.overdue()
