"""Public statistics of the service hall (at least every three months, by rule)."""

from hami.policy import _
from hami.policy.browser.listing import ListingView
from hami.policy.exports import csv_response
from hami.policy.servicehall.settings import guide_for
from hami.policy.servicehall.statistics import compute
from plone.memoize.instance import memoize
from zope.i18n import translate


COLUMNS = (
    ("received", _("stat_received", default="Received")),
    ("accepted", _("stat_accepted", default="Accepted")),
    ("decided", _("stat_decided", default="Decided")),
    ("on_time", _("stat_on_time", default="Decided on time")),
)


class ServiceStatsView(ListingView):
    @memoize
    def table(self) -> dict:
        return compute()

    def months(self) -> list[str]:
        return sorted(self.table(), reverse=True)

    def month(self) -> str | None:
        chosen = self.value("month")
        return chosen if chosen in self.table() else (self.months() or [None])[0]

    def columns(self):
        return COLUMNS

    def service_title(self, code: str) -> str:
        guide = guide_for(code, self.language)
        return guide.Title() if guide is not None else code

    def rows(self, month: str | None = None) -> list[dict]:
        month = month or self.month()
        if month is None:
            return []
        titles = self.department_titles()
        rows = []
        for (unit, service), figures in self.table().get(month, {}).items():
            if unit == "*":
                continue
            rows.append({
                "unit": unit,
                "department": titles.get(unit, unit),
                "service": service,
                "service_title": self.service_title(service),
                **figures.as_dict(),
            })
        rows.sort(key=lambda row: (row["department"], row["service_title"]))
        total = self.table().get(month, {}).get(("*", "*"))
        if total is not None:
            rows.append({
                "unit": "*",
                "department": translate(
                    _("stat_total", default="All units"), context=self.request
                ),
                "service": "*",
                "service_title": "",
                **total.as_dict(),
            })
        return rows

    @staticmethod
    def percent(value) -> str:
        return "" if value is None else f"{value * 100:.1f}%"


class ServiceStatsCSV(ServiceStatsView):
    def __call__(self):
        header = [
            "month",
            "department",
            "department_name",
            "service",
            "service_name",
            *(n for n, _t in COLUMNS),
        ]
        lines = [
            [
                month,
                row["unit"],
                row["department"],
                row["service"],
                row["service_title"],
                *(row[n] for n, _t in COLUMNS),
            ]
            for month in sorted(self.table())
            for row in self.rows(month)
        ]
        return csv_response(self.request, "service-statistics", header, lines)
