"""The audit trail for site administrators: filters, pages, CSV."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from hami.policy import _
from hami.policy.browser.listing import ListingView
from hami.policy.cases import clock
from hami.policy.exports import csv_response
from hami.policy.security import audit
from plone.batching import Batch
from zope.i18n import translate


KIND_TITLES = {
    "workflow": _("audit_workflow", default="Workflow step"),
    "sharing": _("audit_sharing", default="Sharing changed"),
    "group_added": _("audit_group_added", default="Added to a group"),
    "group_removed": _("audit_group_removed", default="Removed from a group"),
    "login": _("audit_login", default="Log-in"),
    "logout": _("audit_logout", default="Log-out"),
    "login_failed": _("audit_login_failed", default="Failed log-in"),
    "login_throttled": _("audit_login_throttled", default="Log-in refused (too many)"),
}
COLUMNS = ("time", "kind", "actor", "path", "detail", "address")


def _day(value) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


class AuditLogView(ListingView):
    page_size = 100

    def __call__(self):
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return self.index()

    def value(self, name: str) -> str:
        value = self.request.form.get(name, "")
        return value.strip()[:100] if isinstance(value, str) else ""

    def kinds(self) -> list[tuple[str, str]]:
        return [
            (kind, translate(KIND_TITLES[kind], context=self.request))
            for kind in audit.KINDS
        ]

    def kind_title(self, kind: str) -> str:
        title = KIND_TITLES.get(kind)
        return translate(title, context=self.request) if title else kind

    def entries(self) -> list[dict]:
        first, last = _day(self.value("since")), _day(self.value("until"))
        since = (
            clock.TIMEZONE.localize(datetime(first.year, first.month, first.day))
            if first
            else None
        )
        until = (
            clock.TIMEZONE.localize(datetime(last.year, last.month, last.day))
            + timedelta(days=1)
            if last
            else None
        )
        kind = self.value("kind")
        return list(
            audit.entries(
                self.context._p_jar.root(),
                kind=kind if kind in audit.KINDS else "",
                actor=self.value("actor"),
                since=since,
                until=until,
            )
        )

    def batch(self) -> Batch:
        return Batch(self.entries(), self.page_size, self.b_start())

    def export_url(self) -> str:
        query = self.request.get("QUERY_STRING", "")
        return f"{self.context.absolute_url()}/@@audit-log.csv" + (
            f"?{query}" if query else ""
        )


class AuditLogCSV(AuditLogView):
    def __call__(self):
        lines = [[entry[column] for column in COLUMNS] for entry in self.entries()]
        return csv_response(self.request, "audit-log", list(COLUMNS), lines)
