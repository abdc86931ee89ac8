"""The supervision's vocabulary: statuses, levels, the reports of columns and
sites, the settings, and durations in calendar terms."""

from dataclasses import dataclass
from dataclasses import field
from DateTime import DateTime
from datetime import date
from datetime import datetime
from datetime import timedelta
from dateutil.relativedelta import relativedelta
from hami.policy.cases import clock
from hami.policy.controlpanels.settings import ISupervisionSettings
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


# The order is the urgency: the dashboard lists the worst first.
STATUSES = ("overdue", "empty", "due_soon", "fresh", "static")
LEVELS = ("ok", "warning", "veto")
STALE_KINDS = ("news", "notices", "policy")
CHECKS = ("home", "stale", "overdue", "empty", "letters")

# What counts as publishing something in a column; folders, images and files
# (which have no workflow) do not.
PUBLISHED_TYPES = (
    "News Item",
    "Document",
    "Event",
    "Link",
    "PolicyDocument",
    "Leader",
    "ServiceGuide",
    "EasyForm",
    "PublishedLetter",
)
UNDATED = DateTime("1900/01/01 00:00 UTC")  # Plone indexes "no date" as 1000-01-01


def settings() -> ISupervisionSettings:
    return getUtility(IRegistry).forInterface(
        ISupervisionSettings, prefix="hami.policy.supervision", check=False
    )


def beijing_day(value) -> date | None:
    """The Beijing day of a Zope DateTime (from its instant, not its zone's
    name: DateTime mistakes China's "CST" for US Central time)."""
    if not value or value.year() < 1900:  # Plone's "no date" floor
        return None
    return datetime.fromtimestamp(value.timeTime(), clock.TIMEZONE).date()


@dataclass
class ColumnState:
    uid: str
    path: str
    url: str
    title: str
    department: str
    kind: str
    cadence: str
    last: date | None
    due: date | None
    warn: date | None
    status: str
    days: int | None  # since the last publication

    def as_dict(self) -> dict:
        return {
            "@id": self.url,
            "UID": self.uid,
            "title": self.title,
            "department": self.department,
            "kind": self.kind,
            "cadence": self.cadence,
            "last_published": self.last.isoformat() if self.last else None,
            "due": self.due.isoformat() if self.due else None,
            "warn_from": self.warn.isoformat() if self.warn else None,
            "days_since_update": self.days,
            "status": self.status,
        }


@dataclass
class Check:
    id: str
    value: int | None  # days or a count; None: nothing to measure (no letters)
    warn_at: int
    veto_at: int
    level: str
    items: list[str] = field(default_factory=list)  # what makes the value

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "value": self.value,
            "warning_from": self.warn_at,
            "veto_from": self.veto_at,
            "level": self.level,
            "items": self.items,
        }


@dataclass
class SiteReport:
    unit: str  # "" for the portal
    title: str
    url: str
    language: str
    last_update: date | None
    columns: list[ColumnState]
    checks: list[Check]
    letters: dict[str, int]

    @property
    def level(self) -> str:
        return max((check.level for check in self.checks), key=LEVELS.index)

    def check(self, check_id: str) -> Check:
        return next(check for check in self.checks if check.id == check_id)

    def count(self, status: str) -> int:
        return sum(1 for column in self.columns if column.status == status)

    def findings(self) -> dict[str, int]:
        """What the monthly assessment deducts points for."""
        stale = self.check("stale").value or 0
        return {
            "stale_column": stale,
            "not_updated_column": self.count("overdue") - stale,
            "empty_column": self.count("empty"),
            "overdue_letter": self.letters["overdue"],
            "unanswered_letter": self.letters["unanswered"],
            "home_not_updated": int(self.check("home").level == "veto"),
            "veto": sum(1 for check in self.checks if check.level == "veto"),
        }


def end_of_month(month: str) -> datetime:
    """The last second of a month "YYYY-MM", Beijing time."""
    first = datetime.strptime(month, "%Y-%m")
    following = first + relativedelta(months=1)
    return clock.TIMEZONE.localize(following - timedelta(seconds=1))
