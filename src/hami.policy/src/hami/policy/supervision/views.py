"""The supervision dashboard (栏目更新监测), the monthly assessment and the
annual work report, for the management centre and for each department.

- on a language root: every department's site and the portal's own checks;
- on a department: that department only, for its webmasters and leaders.

Both need "hami.policy: View supervision": the management centre, the
leadership and site administrators have it everywhere, a department's
webmasters (Editor) and leaders (Reviewer) only on their department.
"""

from AccessControl import getSecurityManager
from AccessControl import Unauthorized
from hami.policy import _
from hami.policy.organisation.data import column_templates
from hami.policy.supervision import annual
from hami.policy.supervision import assessment
from hami.policy.supervision.exports import csv_response
from hami.policy.supervision.exports import xlsx_response
from hami.policy.supervision.freshness import CHECKS
from hami.policy.supervision.freshness import STATUSES
from hami.policy.supervision.freshness import Supervision
from hami.policy.vocabularies.columns import CADENCES
from hami.policy.vocabularies.columns import COLUMN_KINDS
from plone import api
from plone.memoize.view import memoize
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate
from zope.interface import alsoProvides


VIEW_SUPERVISION = "hami.policy: View supervision"

STATUS_TITLES = {
    "overdue": _("status_overdue", default="Overdue"),
    "empty": _("status_empty", default="Empty"),
    "due_soon": _("status_due_soon", default="Due soon"),
    "fresh": _("status_fresh", default="Up to date"),
    "static": _("status_static", default="Static"),
}
STATUS_CLASSES = {
    "overdue": "text-bg-danger",
    "empty": "text-bg-danger",
    "due_soon": "text-bg-warning",
    "fresh": "text-bg-success",
    "static": "text-bg-secondary",
}
LEVEL_TITLES = {
    "ok": _("level_ok", default="OK"),
    "warning": _("level_warning", default="Warning"),
    "veto": _("level_veto", default="Veto"),
}
LEVEL_CLASSES = {
    "ok": "text-bg-success",
    "warning": "text-bg-warning",
    "veto": "text-bg-danger",
}
CHECK_TITLES = {
    "home": _("check_home", default="Home page updated"),
    "stale": _("check_stale", default="Stale news, notice and policy columns"),
    "overdue": _("check_overdue", default="Columns not updated on time"),
    "empty": _("check_empty", default="Empty columns"),
    "letters": _("check_letters", default="Letters waiting for an answer"),
}
CHECK_RULES = {
    "home": _(
        "rule_home",
        default="Days since the last publication: warning from ${warn}, veto from "
        "${veto}.",
    ),
    "stale": _("rule_count", default="Warning from ${warn}, veto from ${veto}."),
    "overdue": _("rule_count", default="Warning from ${warn}, veto from ${veto}."),
    "empty": _("rule_count", default="Warning from ${warn}, veto from ${veto}."),
    "letters": _(
        "rule_letters",
        default="Days the oldest valid letter has waited: warning from ${warn}, "
        "veto from ${veto}.",
    ),
}
FINDING_TITLES = {
    "stale_column": _("finding_stale_column", default="Stale columns"),
    "not_updated_column": _(
        "finding_not_updated_column", default="Other overdue columns"
    ),
    "empty_column": _("finding_empty_column", default="Empty columns"),
    "overdue_letter": _(
        "finding_overdue_letter", default="Letters past their deadline"
    ),
    "unanswered_letter": _(
        "finding_unanswered_letter", default="Letters unanswered for over 3 months"
    ),
    "home_not_updated": _("finding_home_not_updated", default="Home page not updated"),
    "veto": _("finding_veto", default="Veto checks failed"),
}
SORT_KEYS = ("department", "title", "kind", "cadence", "last", "due", "status")


def can_supervise(obj) -> bool:
    return bool(getSecurityManager().checkPermission(VIEW_SUPERVISION, obj))


class SupervisionBase(BrowserView):
    @property
    def language(self) -> str:
        return api.portal.get_current_language(context=self.context)

    @property
    def department(self):
        """The department the page is about, or None on a language root."""
        return getattr(self.context, "unit_id", None) and self.context

    def tr(self, message) -> str:
        return translate(message, context=self.request)

    @memoize
    def supervision(self) -> Supervision:
        return Supervision(self.language)

    def status_title(self, status: str) -> str:
        return self.tr(STATUS_TITLES[status])

    def status_class(self, status: str) -> str:
        return STATUS_CLASSES[status]

    def level_title(self, level: str) -> str:
        return self.tr(LEVEL_TITLES[level])

    def level_class(self, level: str) -> str:
        return LEVEL_CLASSES[level]

    def finding_titles(self) -> list[tuple[str, str]]:
        return [(name, self.tr(FINDING_TITLES[name])) for name in assessment.FINDINGS]


class SupervisionView(SupervisionBase):
    """The dashboard: veto checks per site, then every column with its status."""

    @memoize
    def sites(self):
        supervision = self.supervision()
        if self.department is not None:
            return [supervision.department_site(self._department_brain())]
        return supervision.department_sites()

    def _department_brain(self):
        brains = self.supervision().departments(self.context.unit_id)
        for brain in brains:
            if brain.getPath() == "/".join(self.context.getPhysicalPath()):
                return brain
        raise LookupError(self.context.unit_id)

    @memoize
    def portal_site(self):
        if self.department is not None:
            return None
        return self.supervision().portal_site()

    @memoize
    def deductions(self) -> dict[str, float]:
        return dict(self.supervision().settings.deductions or {})

    def summary(self) -> list[dict]:
        """One row per department: level, score of the running month, counts."""
        rows = []
        for site in self.sites():
            findings = site.findings()
            rows.append({
                "site": site,
                "score": assessment.score(findings, self.deductions()),
                "counts": {status: site.count(status) for status in STATUSES},
                "filter_url": self.url(department=site.unit, status=None),
            })
        return rows

    def checks(self, site) -> list[dict]:
        return [
            {
                "id": check.id,
                "title": self.tr(CHECK_TITLES[check.id]),
                "rule": self.tr(
                    _(
                        CHECK_RULES[check.id],
                        mapping={"warn": check.warn_at, "veto": check.veto_at},
                    )
                ),
                "value": "" if check.value is None else check.value,
                "level": check.level,
                "items": check.items if check.id == "letters" else [],
            }
            for check in site.checks
        ]

    # -- the column table ------------------------------------------------------

    def filters(self) -> dict[str, str]:
        form = self.request.form
        return {
            "department": form.get("department") or "",
            "status": form.get("status") if form.get("status") in STATUSES else "",
            "kind": form.get("kind") or "",
            "sort": form.get("sort") if form.get("sort") in SORT_KEYS else "status",
            "order": "descending" if form.get("order") == "descending" else "ascending",
        }

    def url(self, **changes) -> str:
        query = {**self.filters(), **changes}
        query = {key: value for key, value in query.items() if value}
        return f"{self.context.absolute_url()}/@@supervision?{urlencode(query)}"

    def sort_url(self, key: str) -> str:
        current = self.filters()
        order = "ascending"
        if current["sort"] == key and current["order"] == "ascending":
            order = "descending"
        return self.url(sort=key, order=order)

    def aria_sort(self, key: str) -> str | None:
        current = self.filters()
        return current["order"] if current["sort"] == key else None

    @memoize
    def titles(self) -> dict[str, str]:
        return {site.unit: site.title for site in self.sites()}

    def columns(self) -> list[dict]:
        wanted = self.filters()
        rows = []
        for site in self.sites():
            if wanted["department"] and site.unit != wanted["department"]:
                continue
            for column in site.columns:
                if wanted["status"] and column.status != wanted["status"]:
                    continue
                if wanted["kind"] and column.kind != wanted["kind"]:
                    continue
                rows.append(column)
        keys = {
            "department": lambda c: (self.titles().get(c.department, ""), c.path),
            "title": lambda c: (c.title, c.path),
            "kind": lambda c: (c.kind, c.path),
            "cadence": lambda c: (c.cadence, c.path),
            "last": lambda c: (c.last.isoformat() if c.last else "", c.path),
            "due": lambda c: (c.due.isoformat() if c.due else "9999", c.path),
            "status": lambda c: (
                STATUSES.index(c.status),
                c.due or c.last or 0,
                c.path,
            ),
        }
        key = keys[wanted["sort"]]
        if wanted["sort"] == "status":
            rows.sort(key=lambda c: (STATUSES.index(c.status), str(c.due), c.path))
        else:
            rows.sort(key=key)
        if wanted["order"] == "descending":
            rows.reverse()
        return rows

    @memoize
    def add_types(self) -> dict[str, str]:
        return {template.id: template.types[0] for template in column_templates()}

    def add_url(self, column) -> str:
        column_id = column.path.rsplit("/", 1)[-1]
        portal_type = self.add_types().get(column_id)
        if portal_type:
            return f"{column.url}/++add++{portal_type}"
        return f"{column.url}/folder_factories"

    def kind_title(self, kind: str) -> str:
        return self.tr(dict(COLUMN_KINDS).get(kind, kind))

    def cadence_title(self, cadence: str) -> str:
        return self.tr(dict(CADENCES).get(cadence, cadence))

    def kinds(self) -> list[tuple[str, str]]:
        return [(kind, self.tr(title)) for kind, title in COLUMN_KINDS]

    def statuses(self) -> list[tuple[str, str]]:
        return [(status, self.status_title(status)) for status in STATUSES]

    def check_ids(self) -> tuple[str, ...]:
        return CHECKS

    def today(self) -> str:
        return self.supervision().today.isoformat()


class SupervisionEntry(BrowserView):
    """/@@supervision on the portal: to the dashboard the user may see."""

    def __call__(self):
        if api.user.is_anonymous():
            raise Unauthorized("Log in to see the supervision dashboard.")
        language = api.portal.get_current_language(context=self.context)
        root = self.context.get(language) or self.context.get("zh-cn")
        if can_supervise(root):
            return self.request.response.redirect(
                f"{root.absolute_url()}/@@supervision"
            )
        for department in self.departments(root):
            return self.request.response.redirect(
                f"{department.absolute_url()}/@@supervision"
            )
        raise Unauthorized("No supervision dashboard for this user.")

    def departments(self, root):
        user = api.user.get_current()
        units = {
            group.rsplit("-", 1)[0]
            for group in user.getGroups()
            if group.endswith(("-editors", "-reviewers"))
        }
        if not units:
            return []
        brains = api.content.find(
            portal_type="Department",
            unit_id=sorted(units),
            path="/".join(root.getPhysicalPath()),
            sort_on="sortable_title",
        )
        objects = (brain.getObject() for brain in brains)
        return [department for department in objects if can_supervise(department)]


# -- the monthly assessment ----------------------------------------------------


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
            {"unit": unit, **entry, "passed": entry["score"] >= assessment.PASS_MARK}
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
                {"unit": unit, "title": trend["titles"][unit], "scores": scores}
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


# -- the annual work report ----------------------------------------------------


class AnnualReportView(SupervisionBase):
    def year(self) -> int:
        today = self.supervision().today
        try:
            year = int(self.request.form.get("year", ""))
        except ValueError:
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
