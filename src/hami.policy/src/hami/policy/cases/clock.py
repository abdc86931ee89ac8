"""The portal's clock: Beijing time, in one place so that tests can set it."""

from datetime import date
from datetime import datetime

import pytz


# pytz, not zoneinfo: datetimes with zoneinfo time zones cannot be stored in the
# ZODB (their pickles refer to a C function).
TIMEZONE = pytz.timezone("Asia/Shanghai")


def now() -> datetime:
    return datetime.now(TIMEZONE)


def today() -> date:
    return now().date()
