"""Public statistics of the service hall, per month, department and service.

- received: applications received in the month;
- accepted: applications accepted in the month;
- decided: applications decided (approved or denied) in the month;
- on time: of those decided, the share decided by their deadline.

Computed from catalog columns only: nothing personal.
"""

from collections import defaultdict
from dataclasses import dataclass
from hami.policy.servicehall.settings import application_box
from plone import api


@dataclass
class Figures:
    received: int = 0
    accepted: int = 0
    decided: int = 0
    decided_on_time: int = 0

    @property
    def on_time(self) -> float | None:
        return self.decided_on_time / self.decided if self.decided else None

    def as_dict(self) -> dict:
        rate = self.on_time
        return {
            "received": self.received,
            "accepted": self.accepted,
            "decided": self.decided,
            "on_time": round(rate, 3) if rate is not None else None,
        }


def _date(value):
    return value.asdatetime().date() if value else None


def compute() -> dict[str, dict[tuple[str, str], Figures]]:
    """{month: {(department, service), ("*", "*") for all: Figures}}."""
    catalog = api.portal.get_tool("portal_catalog")
    table: dict = defaultdict(lambda: defaultdict(Figures))
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Application", path="/".join(application_box().getPhysicalPath())
    ):
        received = _date(brain.case_received)
        accepted = _date(brain.case_accepted)
        decided = _date(brain.case_answered)
        deadline = _date(brain.case_deadline)
        for key in ((brain.hami_department or "", brain.case_kind or ""), ("*", "*")):
            if received:
                table[f"{received:%Y-%m}"][key].received += 1
            if accepted:
                table[f"{accepted:%Y-%m}"][key].accepted += 1
            if decided:
                row = table[f"{decided:%Y-%m}"][key]
                row.decided += 1
                if deadline is None or decided <= deadline:
                    row.decided_on_time += 1
    return {month: dict(rows) for month, rows in sorted(table.items())}
