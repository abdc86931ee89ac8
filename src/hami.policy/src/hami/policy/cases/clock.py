"""The portal's clock: Beijing time, in one place so that tests can set it."""

from datetime import date
from datetime import datetime
from zoneinfo import ZoneInfo


TIMEZONE = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    return datetime.now(TIMEZONE)


def today() -> date:
    return now().date()
