"""The annual work report: page and Excel."""

from hami.policy import _
from hami.policy.exports import xlsx_response
from hami.policy.supervision import annual
from hami.policy.supervision.browser.base import SupervisionBase
from hami.policy.vocabularies.columns import COLUMN_KINDS
from plone.memoize.view import memoize
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class AnnualReportView(SupervisionBase):
    def year(self) -> int:
        today = self.supervision().today
        try:
            year = int(self.request.form.get("year", ""))
        except (TypeError, ValueError):
            year = today.year - 1 if today.month == 1 else today.year
        return year if 2000 <= year <= today.year else today.year

    def years(self) -> list[int]:
        today = self.supervision().today
        return list(range(today.year, today.year - 6, -1))

    @memoize
    def report(self) -> dict:
        unit = self.department.unit_id if self.department is not None else None
        return annual.report(self.year(), self.language, unit)

    def kinds(self) -> list[tuple[str, str]]:
        return [
            (kind, self.tr(title))
            for kind, title in COLUMN_KINDS
            if kind in self.report()["kinds"]
        ]

    def header(self) -> list[str]:
        return [
            self.tr(_("label_unit", default="Unit")),
            *(title for _kind, title in self.kinds()),
            self.tr(_("label_items_total", default="Items published")),
            self.tr(_("stat_letters_received", default="Letters received")),
            self.tr(_("stat_letters_answered", default="Letters answered")),
            self.tr(_("stat_applications_received", default="Applications received")),
            self.tr(_("stat_applications_decided", default="Applications decided")),
        ]

    def lines(self) -> list[list]:
        kinds = [kind for kind, _title in self.kinds()]
        total = self.tr(_("stat_total", default="All units"))
        return [
            [
                total if row["unit"] == "*" else row["title"],
                *(row["items"].get(kind, 0) for kind in kinds),
                row["items_total"],
                row["letters_received"],
                row["letters_answered"],
                row["applications_received"],
                row["applications_decided"],
            ]
            for row in self.report()["rows"]
        ]

    def export_url(self) -> str:
        return f"{self.context.absolute_url()}/@@annual-report.xlsx?year={self.year()}"


class AnnualReportXLSX(AnnualReportView):
    def __call__(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        return xlsx_response(
            self.request,
            f"annual-report-{self.year()}",
            self.header(),
            self.lines(),
            title=str(self.year()),
        )
