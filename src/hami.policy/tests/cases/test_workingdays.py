"""Deadlines in working days: weekends, holidays and make-up working days."""

from datetime import date
from hami.policy.cases.workingdays import Calendar

import pytest


# National Day week 2026 as an example: 1-7 October off, Saturday 10 October worked.
CALENDAR = Calendar(
    holidays=frozenset(date(2026, 10, day) for day in (1, 2, 5, 6, 7)),
    working_weekends=frozenset({date(2026, 10, 10)}),
)


@pytest.mark.parametrize(
    "start,days,due",
    [
        (date(2026, 11, 23), 3, date(2026, 11, 26)),  # Monday + 3 = Thursday
        (date(2026, 11, 26), 3, date(2026, 12, 1)),  # Thursday + 3 skips the weekend
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # received on Saturday
        (
            date(2026, 9, 30),
            3,
            date(2026, 10, 10),
        ),  # National Day week, then a worked Saturday
        (date(2026, 10, 9), 1, date(2026, 10, 10)),  # a Saturday that is worked
        (date(2026, 11, 28), 0, date(2026, 11, 30)),  # immediate, on a weekend
        (date(2026, 11, 27), 0, date(2026, 11, 27)),  # immediate, on a Friday
    ],
)
def test_add_working_days(start, days, due):
    assert CALENDAR.add(start, days) == due


def test_working_days_between():
    assert CALENDAR.between(date(2026, 9, 30), date(2026, 10, 9)) == 2
    assert CALENDAR.between(date(2026, 11, 27), date(2026, 11, 30)) == 1
    assert CALENDAR.between(date(2026, 11, 27), date(2026, 11, 27)) == 0


def test_calendar_from_registry(portal):
    from hami.policy.cases.workingdays import calendar
    from plone import api

    api.portal.set_registry_record("hami.policy.holidays", ["2026-12-31", "not a date"])
    api.portal.set_registry_record("hami.policy.working_weekends", ["2027-01-02"])
    days = calendar()
    assert not days.is_working_day(date(2026, 12, 31))
    assert days.is_working_day(date(2027, 1, 2))
