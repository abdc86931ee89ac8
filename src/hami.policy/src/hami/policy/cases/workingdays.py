"""Working days: deadlines of letters and applications (承诺时限).

Weekends do not count, public holidays do not count, and the weekend days that
the State Council declares working days (调休上班) do. The calendar lives in
the registry (control panel "Working days"), shared by the mailbox and the
service hall.
"""

from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from plone import api


HOLIDAYS = "hami.policy.holidays"
WORKING_WEEKENDS = "hami.policy.working_weekends"


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[date] = frozenset()
    working_weekends: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day in self.working_weekends:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (start itself not counted).

        Zero days (an immediate matter, 即办件) is due the same day, or the next
        working day when ``start`` is not one.
        """
        day = start
        if days == 0:
            while not self.is_working_day(day):
                day += timedelta(days=1)
            return day
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def between(self, start: date, end: date) -> int:
        """Working days after ``start``, up to and including ``end``."""
        if end <= start:
            return 0
        return sum(
            1
            for offset in range(1, (end - start).days + 1)
            if self.is_working_day(start + timedelta(days=offset))
        )


def _dates(values) -> frozenset[date]:
    result = set()
    for value in values or ():
        try:
            result.add(date.fromisoformat(str(value).strip()))
        except ValueError:
            continue
    return frozenset(result)


def calendar() -> Calendar:
    """The portal's calendar, from the registry."""
    return Calendar(
        holidays=_dates(api.portal.get_registry_record(HOLIDAYS, default=())),
        working_weekends=_dates(
            api.portal.get_registry_record(WORKING_WEEKENDS, default=())
        ),
    )
