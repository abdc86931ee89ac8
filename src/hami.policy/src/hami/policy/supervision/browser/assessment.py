"""The monthly assessment: page, recording, CSV and Excel."""

from AccessControl import Unauthorized
from hami.policy import _
from hami.policy.exports import csv_response
from hami.policy.exports import xlsx_response
from hami.policy.supervision import assessment
from hami.policy.supervision.browser.base import SupervisionBase
from plone import api
from plone.memoize.view import memoize
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class AssessmentView(SupervisionBase):
    """Scores of the departments for a month, and their trend over the year."""

    def month(self) -> str:
        return assessment.valid_month(self.request.form.get("month")) or (
            assessment.month_of(self.supervision().today)
        )

    def year(self) -> int:
        return int(self.month()[:4])

    @memoize
    def results(self) -> dict:
        return assessment.results(self.month())

    def rows(self) -> list[dict]:
        units = self.results()["units"]
        if self.department is not None:
            units = {
                unit: entry
                for unit, entry in units.items()
                if unit == self.department.unit_id
            }
        rows = [
            {
                "unit": unit,
                **entry,
                "title": self.unit_titles().get(unit, entry["title"]),
                "passed": entry["score"] >= assessment.PASS_MARK,
            }
            for unit, entry in units.items()
        ]
        rows.sort(key=lambda row: (-row["score"], row["title"]))
        return rows

    @memoize
    def trend(self) -> dict:
        return assessment.trend(self.year())

    def chart(self) -> dict:
        """An SVG line of the average score per month, and of this department's."""
        trend = self.trend()
        months = trend["months"]
        series = trend["series"]
        width, height, left, top = 640, 220, 40, 10
        step = (width - left - 10) / max(1, len(months) - 1)

        def y(value: float) -> float:
            return round(top + (100 - value) * (height - top - 30) / 100, 1)

        def line(values) -> str:
            points = [
                f"{round(left + index * step, 1)},{y(value)}"
                for index, value in enumerate(values)
                if value is not None
            ]
            return " ".join(points)

        averages = []
        for index in range(len(months)):
            scores = [s[index] for s in series.values() if s[index] is not None]
            averages.append(round(sum(scores) / len(scores), 1) if scores else None)
        mine = None
        if self.department is not None:
            mine = series.get(self.department.unit_id)
        return {
            "width": width,
            "height": height,
            "months": [
                {"label": month[5:], "x": round(left + index * step, 1)}
                for index, month in enumerate(months)
            ],
            "grid": [{"value": v, "y": y(v)} for v in (0, 60, 100)],
            "average": line(averages),
            "averages": averages,
            "mine": line(mine) if mine else None,
            "label_y": height - 8,
        }

    def trend_rows(self) -> list[dict]:
        trend = self.trend()
        units = trend["series"]
        if self.department is not None:
            units = {
                unit: scores
                for unit, scores in units.items()
                if unit == self.department.unit_id
            }
        return sorted(
            (
                {
                    "unit": unit,
                    "title": self.unit_titles().get(unit, trend["titles"][unit]),
                    "scores": scores,
                }
                for unit, scores in units.items()
            ),
            key=lambda row: row["title"],
        )

    def can_record(self) -> bool:
        return self.department is None and api.user.has_permission(
            "Manage portal", obj=api.portal.get()
        )

    def export_url(self, kind: str) -> str:
        return f"{self.context.absolute_url()}/@@assessment.{kind}?month={self.month()}"


class RecordAssessment(SupervisionBase):
    """POST: store a month's assessment now (managers; the daily job does it too)."""

    def __call__(self):
        if self.request.method != "POST":
            raise Unauthorized("POST only")
        from plone.protect import CheckAuthenticator

        CheckAuthenticator(self.request)
        month = assessment.valid_month(self.request.form.get("month"))
        if month is None:
            api.portal.show_message(
                _("Choose a month as YYYY-MM."), request=self.request, type="error"
            )
        else:
            assessment.record(month)
            api.portal.show_message(
                _("The assessment of ${month} was recorded.", mapping={"month": month}),
                request=self.request,
            )
        target = f"{self.context.absolute_url()}/@@assessment?month={month or ''}"
        return self.request.response.redirect(target)


class AssessmentExport(AssessmentView):
    kind = "csv"

    def table(self) -> tuple[list[str], list[list]]:
        header = [
            self.tr(_("label_month", default="Month")),
            self.tr(_("label_unit_id", default="Unit id")),
            self.tr(_("label_unit", default="Unit")),
            self.tr(_("label_score", default="Score")),
            *(title for _name, title in self.finding_titles()),
        ]
        month = self.month()
        lines = [
            [
                month,
                row["unit"],
                row["title"],
                row["score"],
                *(row["findings"][name] for name in assessment.FINDINGS),
            ]
            for row in self.rows()
        ]
        return header, lines

    def __call__(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        header, lines = self.table()
        name = f"assessment-{self.month()}"
        if self.kind == "xlsx":
            return xlsx_response(self.request, name, header, lines, title=self.month())
        return csv_response(self.request, name, header, lines)


class AssessmentXLSX(AssessmentExport):
    kind = "xlsx"
