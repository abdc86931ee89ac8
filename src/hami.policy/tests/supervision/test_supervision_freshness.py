"""Each column's status from its publication dates, the clock frozen."""

import pytest


@pytest.fixture
def news(department_a):
    return department_a["news"]  # every 2 weeks, warn at 10 days


@pytest.fixture
def notices(department_a):
    return department_a["notices"]  # every 6 months, warn at 5 months


@pytest.mark.parametrize(
    "today,status,due",
    [
        ("2026-11-01", "fresh", "2026-11-15"),
        ("2026-11-10", "fresh", "2026-11-15"),
        ("2026-11-11", "due_soon", "2026-11-15"),  # 10 days
        ("2026-11-15", "due_soon", "2026-11-15"),  # 2 weeks: the last day
        ("2026-11-16", "overdue", "2026-11-15"),
    ],
)
def test_two_week_column(news, publish, at, status_of, today, status, due):
    publish(news, "2026-11-01", "News Item")
    at(today)
    state = status_of(news)
    assert state.status == status
    assert state.last.isoformat() == "2026-11-01"
    assert state.due.isoformat() == due


@pytest.mark.parametrize(
    "today,status",
    [
        ("2026-09-30", "fresh"),
        ("2026-10-01", "due_soon"),  # 5 months, calendar months
        ("2026-11-01", "due_soon"),  # 6 months: the last day
        ("2026-11-02", "overdue"),
    ],
)
def test_six_month_column(notices, publish, at, status_of, today, status):
    publish(notices, "2026-05-01")
    at(today)
    assert status_of(notices).status == status


def test_newest_item_counts(news, publish, at, status_of):
    publish(news, "2026-10-01", "News Item")
    publish(news, "2026-11-10", "News Item")
    publish(news, "2026-10-20", "News Item")
    at("2026-11-16")
    state = status_of(news)
    assert state.last.isoformat() == "2026-11-10"
    assert state.status == "fresh"
    assert state.days == 6


def test_empty_column(news, at, status_of):
    at("2026-11-16")
    state = status_of(news)
    assert state.status == "empty"
    assert state.last is None and state.due is None


def test_static_column_with_content(department_a, publish, at, status_of):
    overview = department_a["overview"]
    publish(overview, "2019-01-01")
    at("2026-11-16")
    assert status_of(overview).status == "static"


def test_empty_static_column_is_empty(department_a, at, status_of):
    at("2026-11-16")
    assert status_of(department_a["overview"]).status == "empty"


def test_drafts_and_future_items_are_no_update(news, publish, at, status_of):
    publish(news, "2026-10-01", "News Item")
    publish(news, "2026-11-14", "News Item", state="draft")
    publish(news, "2026-11-20", "News Item")  # after the moment looked at
    at("2026-11-16")
    state = status_of(news)
    assert state.last.isoformat() == "2026-10-01"
    assert state.status == "overdue"


def test_items_elsewhere_do_not_count(
    department_a, department_b, publish, at, status_of
):
    publish(department_b["news"], "2026-11-10", "News Item")
    publish(department_a["notices"], "2026-11-10")
    at("2026-11-16")
    assert status_of(department_a["news"]).status == "empty"


def test_warning_point_configurable(news, publish, at, status_of):
    from plone import api

    api.portal.set_registry_record(
        "hami.policy.supervision.warn_after", {"2w": "12d", "6m": "5m"}
    )
    publish(news, "2026-11-01", "News Item")
    at("2026-11-12")  # 11 days
    assert status_of(news).status == "fresh"
    at("2026-11-13")
    assert status_of(news).status == "due_soon"


def test_durations():
    from datetime import date
    from hami.policy.cases.clock import duration

    assert date(2026, 8, 31) + duration("6m") == date(2027, 2, 28)
    assert date(2026, 11, 1) + duration("2w") == date(2026, 11, 15)
    assert date(2026, 11, 1) + duration(" 10d ") == date(2026, 11, 11)
    with pytest.raises(ValueError):
        duration("two weeks")


def test_control_panel_refuses_a_bad_duration():
    from hami.policy.controlpanels.settings import is_duration
    from zope.interface import Invalid

    assert is_duration("10d")
    with pytest.raises(Invalid):
        is_duration("10 days")


def test_undated_items_are_no_update(news, publish, at, status_of):
    publish(news, "2026-10-01", "News Item")
    undated = publish(news, "2026-11-10", "News Item")
    undated.effective_date = None  # e.g. imported without a date
    undated.reindexObject()
    at("2026-11-16")
    state = status_of(news)
    assert state.last.isoformat() == "2026-10-01"
    assert state.status == "overdue"
