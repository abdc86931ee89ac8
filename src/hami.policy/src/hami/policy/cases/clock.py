"""The portal's clock: Beijing time, in one place so that tests can set it."""

from DateTime import DateTime
from datetime import date
from datetime import datetime
from datetime import timedelta
from dateutil.relativedelta import relativedelta

import pytz
import re


# pytz, not zoneinfo: datetimes with zoneinfo time zones cannot be stored in the
# ZODB (their pickles refer to a C function).
TIMEZONE = pytz.timezone("Asia/Shanghai")
DURATION = re.compile(r"^\s*(\d+)\s*([dwm])\s*$")
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
YEARS = range(2000, 2101)  # the months a portal of this century can mean


def now() -> datetime:
    return datetime.now(TIMEZONE)


def today() -> date:
    return now().date()


def zope_time(moment: datetime) -> DateTime:
    """A timezone-aware datetime as a Zope DateTime, for the catalog."""
    return DateTime(moment.isoformat())


def day_start(day: date) -> DateTime:
    """Midnight at the start of a Beijing day, as a Zope DateTime.

    Not ``DateTime("2026-11-29")``: a date without a time zone is midnight
    UTC, eight hours into the Beijing day, so that what happened between
    00:00 and 08:00 fell on the previous day (and a copy published then
    stayed hidden from the public until 08:00).
    """
    return zope_time(TIMEZONE.localize(datetime(day.year, day.month, day.day)))


def day_range(first: date, last: date) -> dict:
    """A catalog range query over whole Beijing days, ``first`` to ``last``."""
    return {
        "query": (day_start(first), day_start(last + timedelta(days=1)) - 1 / 86400000),
        "range": "min:max",
    }


def duration(text: str) -> relativedelta:
    """'10d', '2w', '6m' as a calendar duration (months are calendar months)."""
    match = DURATION.match(text or "")
    if match is None:
        raise ValueError(f"Not a duration: {text!r} (use e.g. 10d, 2w, 6m)")
    number, unit = int(match.group(1)), match.group(2)
    return {
        "d": relativedelta(days=number),
        "w": relativedelta(weeks=number),
        "m": relativedelta(months=number),
    }[unit]


def month(value) -> tuple[date, date] | None:
    """The first and last day of a month written YYYY-MM, or None."""
    match = MONTH.match(value) if isinstance(value, str) else None
    if match is None or int(match.group(1)) not in YEARS:
        return None
    first = date(int(match.group(1)), int(match.group(2)), 1)
    return first, first + relativedelta(months=1) - timedelta(days=1)
