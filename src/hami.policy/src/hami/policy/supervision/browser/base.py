"""The supervision dashboard (栏目更新监测), the monthly assessment and the
annual work report, for the management centre and for each department.

- on a language root: every department's site and the portal's own checks;
- on a department: that department only, for its webmasters and leaders.

Both need "hami.policy: View supervision": the management centre, the
leadership and site administrators have it everywhere, a department's
webmasters (Editor) and leaders (Reviewer) only on their department.
"""

from hami.policy import _
from hami.policy.supervision.assessment import FINDINGS
from hami.policy.supervision.freshness import Supervision
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from zope.i18n import translate


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


class SupervisionBase(BrowserView):
    @property
    def language(self) -> str:
        """The language of the tree the page is in (a language root or a
        department in it), whatever the browser asked for."""
        return self.context.Language() or api.portal.get_current_language()

    @property
    def department(self):
        """The department the page is about, or None on a language root."""
        return getattr(self.context, "unit_id", None) and self.context

    def tr(self, message) -> str:
        return translate(message, context=self.request)

    @memoize
    def unit_titles(self) -> dict[str, str]:
        """Unit id → the department's title in the page's language (one query).

        Recorded assessments carry the title of the language they were
        assessed in; a page in another language shows its own names.
        """
        brains = api.content.find(portal_type="Department", Language=self.language)
        return {brain.unit_id: brain.Title for brain in brains}

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
        return [(name, self.tr(FINDING_TITLES[name])) for name in FINDINGS]
