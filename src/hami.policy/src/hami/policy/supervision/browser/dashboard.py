"""The dashboard of the columns, and the entry from the user menu."""

from AccessControl import Unauthorized
from hami.policy import _
from hami.policy.cases.text import param
from hami.policy.organisation.data import column_templates
from hami.policy.supervision import assessment
from hami.policy.supervision.browser.base import CHECK_RULES
from hami.policy.supervision.browser.base import CHECK_TITLES
from hami.policy.supervision.browser.base import SORT_KEYS
from hami.policy.supervision.browser.base import SupervisionBase
from hami.policy.supervision.model import CHECKS
from hami.policy.supervision.model import STATUSES
from hami.policy.supervision.permissions import can_supervise
from hami.policy.vocabularies.columns import CADENCES
from hami.policy.vocabularies.columns import COLUMN_KINDS
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from urllib.parse import urlencode


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
                # the tracking numbers of the letters waiting too long
                "letters": check.items if check.id == "letters" else [],
            }
            for check in site.checks
        ]

    # -- the column table ------------------------------------------------------

    def filters(self) -> dict[str, str]:
        form = self.request.form
        status, sort = param(form, "status"), param(form, "sort")
        return {
            "department": param(form, "department"),
            "status": status if status in STATUSES else "",
            "kind": param(form, "kind"),
            "sort": sort if sort in SORT_KEYS else "status",
            "order": "descending"
            if param(form, "order") == "descending"
            else "ascending",
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
                c.due.isoformat() if c.due else "9999",
                c.path,
            ),
        }
        rows.sort(key=keys[wanted["sort"]])
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
