"""Public statistics of the mailbox (信件统计), per month and per unit.

Definitions, shown on the statistics page:
- received: letters received in the month;
- accepted: letters accepted in the month;
- answered: letters whose answer reached the writer in the month;
- published: answered letters published, by month of answer;
- answer rate: of the letters received in the month, the share answered so far;
- days to first answer: working days from receipt to the answer reaching the
  writer, for letters answered in the month;
- days to completion: working days from receipt to the end of the handling
  (answered and published or closed, not accepted, or transferred), for
  letters completed in the month.

Computed from catalog columns only (dates, unit, state): nothing personal.
"""

from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field
from hami.policy.cases.workingdays import calendar
from hami.policy.mailbox.settings import letter_box
from plone import api


ANSWERED_STATES = ("answered", "published", "closed")


@dataclass
class Figures:
    received: int = 0
    accepted: int = 0
    answered: int = 0
    published: int = 0
    received_and_answered: int = 0
    first_answer_days: list[int] = field(default_factory=list)
    completion_days: list[int] = field(default_factory=list)

    @property
    def answer_rate(self) -> float | None:
        return self.received_and_answered / self.received if self.received else None

    @staticmethod
    def _mean(values: list[int]) -> float | None:
        return round(sum(values) / len(values), 1) if values else None

    @property
    def days_to_first_answer(self) -> float | None:
        return self._mean(self.first_answer_days)

    @property
    def days_to_completion(self) -> float | None:
        return self._mean(self.completion_days)

    def as_dict(self) -> dict:
        rate = self.answer_rate
        return {
            "received": self.received,
            "accepted": self.accepted,
            "answered": self.answered,
            "published": self.published,
            "answer_rate": round(rate, 3) if rate is not None else None,
            "days_to_first_answer": self.days_to_first_answer,
            "days_to_completion": self.days_to_completion,
        }


def _month(value) -> str | None:
    return value.strftime("%Y-%m") if value else None


def _date(value):
    return value.asdatetime().date() if value else None


def compute() -> dict[str, dict[str, Figures]]:
    """{month "YYYY-MM": {unit id, or "*" for all units: Figures}}."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Letter", path="/".join(letter_box().getPhysicalPath())
    )
    days = calendar()
    table: dict[str, dict[str, Figures]] = defaultdict(lambda: defaultdict(Figures))
    for brain in brains:
        received = _date(brain.case_received)
        accepted = _date(brain.case_accepted)
        answered = _date(brain.case_answered)
        completed = _date(brain.case_completed)
        for unit in (brain.hami_department or "", "*"):
            if received:
                row = table[_month(received)][unit]
                row.received += 1
                if brain.review_state in ANSWERED_STATES:
                    row.received_and_answered += 1
            if accepted:
                table[_month(accepted)][unit].accepted += 1
            if answered:
                row = table[_month(answered)][unit]
                row.answered += 1
                row.first_answer_days.append(days.between(received, answered))
                if brain.review_state == "published":
                    row.published += 1
            if completed:
                row = table[_month(completed)][unit]
                row.completion_days.append(days.between(received, completed))
    return {month: dict(units) for month, units in sorted(table.items())}
