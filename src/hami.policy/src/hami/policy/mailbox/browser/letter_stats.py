"""Public statistics of the mailbox: a table, a chart and CSV (信件统计)."""

from hami.policy import _
from hami.policy.browser.listing import ListingView
from hami.policy.exports import csv_response
from hami.policy.mailbox.statistics import compute
from plone import api
from plone.memoize.instance import memoize
from zope.i18n import translate


COLUMNS = (
    ("received", _("stat_received", default="Received")),
    ("accepted", _("stat_accepted", default="Accepted")),
    ("answered", _("stat_answered", default="Answered")),
    ("published", _("stat_published", default="Published")),
    ("answer_rate", _("stat_answer_rate", default="Answer rate")),
    (
        "days_to_first_answer",
        _("stat_days_first", default="Working days to first answer"),
    ),
    (
        "days_to_completion",
        _("stat_days_completion", default="Working days to completion"),
    ),
)


class LetterStatsView(ListingView):
    @memoize
    def table(self) -> dict:
        return compute()

    def months(self) -> list[str]:
        return sorted(self.table(), reverse=True)

    def month(self) -> str | None:
        chosen = self.value("month")
        months = self.months()
        if chosen in months:
            return chosen
        return months[0] if months else None

    def columns(self):
        return COLUMNS

    def unit_kinds(self) -> dict[str, str]:
        brains = api.content.find(portal_type="Department", Language=self.language)
        return {brain.unit_id: brain.unit_kind for brain in brains}

    def rows(self, month: str | None = None) -> list[dict]:
        month = month or self.month()
        if month is None:
            return []
        units = self.table().get(month, {})
        titles = self.department_titles()
        kinds = self.unit_kinds()
        rows = []
        for unit, figures in units.items():
            if unit == "*":
                continue
            rows.append({
                "unit": unit,
                "title": titles.get(unit, unit),
                "county": kinds.get(unit) == "county",
                **figures.as_dict(),
            })
        rows.sort(key=lambda row: (not row["county"], row["title"]))
        total = units.get("*")
        if total is not None:
            rows.append({
                "unit": "*",
                "title": translate(
                    _("stat_total", default="All units"), context=self.request
                ),
                "county": False,
                **total.as_dict(),
            })
        return rows

    def chart(self) -> list[dict]:
        """Received and answered letters in the last twelve months, for the bars."""
        months = sorted(self.table())[-12:]
        values = [
            {
                "month": month,
                "received": self.table()[month].get("*").received
                if "*" in self.table()[month]
                else 0,
                "answered": self.table()[month].get("*").answered
                if "*" in self.table()[month]
                else 0,
            }
            for month in months
        ]
        top = max([1] + [max(v["received"], v["answered"]) for v in values])
        for value in values:
            value["received_height"] = round(100 * value["received"] / top)
            value["answered_height"] = round(100 * value["answered"] / top)
        return values

    @staticmethod
    def percent(value) -> str:
        return "" if value is None else f"{value * 100:.1f}%"

    @staticmethod
    def number(value) -> str:
        return "" if value is None else str(value)


class LetterStatsCSV(LetterStatsView):
    def __call__(self):
        header = ["month", "unit", "unit_name", *(name for name, _title in COLUMNS)]
        lines = [
            [month, row["unit"], row["title"], *(row[name] for name, _t in COLUMNS)]
            for month in sorted(self.table())
            for row in self.rows(month)
        ]
        return csv_response(self.request, "letter-statistics", header, lines)
