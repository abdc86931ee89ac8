"""Are the columns updated on time? The national inspection's veto checks.

Everything here is read from the catalog (column brains, the latest published
item under each column, letters' dates): no content object is woken, so the
dashboard stays fast however many items the portal holds.

Definitions (the national inspection rules of 2019, 国办秘函〔2019〕19号; thresholds
in the supervision control panel):

- a column's *last publication* is the effective date of the newest published
  item in it (items without a date never count as an update);
- its *due date* is the last publication plus its cadence (2 weeks, 6 months
  …); after the due date it is *overdue*; from the warning point (10 days for
  2-week columns, 5 months for 6-month ones) it is *due soon*; a column without
  any published item is *empty*; a column with cadence "static" that has
  content is *static* (never due);
- a *site* is the portal in one language, or one department's sub-site in
  one language. Its veto checks:

  home      days since anything was published on the site (veto: more than
            14 days, warning from 10);
  stale     overdue news, notices and policy columns (veto: 5 or more);
  overdue   columns that should have been updated and were not, of any kind
            (veto: 10 or more);
  empty     columns with nothing published (veto: 5 or more);
  letters   the longest any valid letter addressed to the site has waited
            for its answer (veto: more than 3 months; warning: red flag).

Everything can be evaluated "as of" a past moment, from the same dates: the
monthly assessment judges a month as it stood at its end.
"""

from datetime import date
from datetime import datetime
from hami.policy.cases import clock
from hami.policy.mailbox.settings import letter_box
from hami.policy.mailbox.settings import settings as mailbox_settings
from hami.policy.mailbox.workflow import OPEN_STATES as LETTER_OPEN_STATES
from hami.policy.supervision.catalog import published_entries
from hami.policy.supervision.model import beijing_day
from hami.policy.supervision.model import Check
from hami.policy.supervision.model import ColumnState
from hami.policy.supervision.model import PUBLISHED_TYPES
from hami.policy.supervision.model import settings
from hami.policy.supervision.model import SiteReport
from hami.policy.supervision.model import STALE_KINDS
from plone import api


class Supervision:
    """Evaluates columns and sites of one language as of one moment."""

    def __init__(self, language: str, as_of: datetime | None = None):
        self.language = language
        self.as_of = as_of or clock.now()
        self.today = self.as_of.astimezone(clock.TIMEZONE).date()
        self.settings = settings()
        self.catalog = api.portal.get_tool("portal_catalog")
        self.portal = api.portal.get()
        self.root_path = "/".join((*self.portal.getPhysicalPath(), language))
        self._until = {"query": clock.zope_time(self.as_of), "range": "max"}
        self._warn_after = {
            cadence: clock.duration(text)
            for cadence, text in (self.settings.warn_after or {}).items()
        }

    # -- columns --------------------------------------------------------------

    def column_brains(self, unit: str | None = None):
        """Columns of the language (of one unit; "" for the portal's own)."""
        query = {
            "portal_type": "Column",
            "path": self.root_path,
            "created": self._until,
            "sort_on": "path",
        }
        if unit:
            query["hami_department"] = unit
        brains = self.catalog.unrestrictedSearchResults(**query)
        if unit == "":
            brains = [brain for brain in brains if not brain.hami_department]
        return brains

    def last_publication(self, path: str) -> date | None:
        """The newest publication anywhere under a path (one catalog query)."""
        brains = self.catalog.unrestrictedSearchResults(
            path=path,
            portal_type=PUBLISHED_TYPES,
            review_state="published",
            effective=self._until,
            sort_on="effective",
            sort_order="descending",
            sort_limit=1,
        )
        for brain in brains[:1]:
            return beijing_day(brain.effective)
        return None

    def newest(
        self, root: str, column_paths
    ) -> tuple[dict[str, date | None], date | None]:
        """The newest publication in each column under ``root``, and under
        ``root`` as a whole, in one pass over the catalog's index entries of
        the items there: no brain and no object for the items that lose, and
        no query over the whole portal per column."""
        columns = frozenset(column_paths)
        best: dict[str, tuple[int, int]] = {}
        top: tuple[int, int] | None = None
        for rid, path, value in published_entries(
            self.catalog, root, self._until["query"]
        ):
            if top is None or value > top[0]:
                top = (value, rid)
            while len(path) > len(root):
                path = path.rsplit("/", 1)[0]
                if path in columns and (path not in best or value > best[path][0]):
                    best[path] = (value, rid)

        def day(found) -> date | None:
            if found is None:
                return None
            return beijing_day(self.catalog.getMetadataForRID(found[1])["effective"])

        return {path: day(best.get(path)) for path in column_paths}, day(top)

    def column(self, brain, last: date | None = None) -> ColumnState:
        path = brain.getPath()
        cadence = brain.cadence or "static"
        if last is None:
            last = self.newest(path, [path])[0][path]
        due = warn = None
        if last is None:
            status = "empty"
        elif cadence == "static":
            status = "static"
        else:
            due = last + clock.duration(cadence)
            warn_after = self._warn_after.get(cadence)
            warn = last + warn_after if warn_after is not None else due
            if self.today > due:
                status = "overdue"
            elif self.today >= warn:
                status = "due_soon"
            else:
                status = "fresh"
        return ColumnState(
            uid=brain.UID,
            path=path,
            url=brain.getURL(),
            title=brain.Title,
            department=brain.hami_department or "",
            kind=brain.hami_column_kind or "other",
            cadence=cadence,
            last=last,
            due=due,
            warn=warn,
            status=status,
            days=(self.today - last).days if last else None,
        )

    # -- letters ----------------------------------------------------------------

    def open_letters(self, unit: str | None):
        """Letters received by the moment and not answered nor finished then,
        of one unit (None: all), as (tracking number, received, deadline)."""
        query = {
            "portal_type": "Letter",
            "path": "/".join(letter_box().getPhysicalPath()),
            "case_received": self._until,
        }
        if unit:
            query["hami_department"] = unit
        waiting = []
        for brain in self.catalog.unrestrictedSearchResults(**query):
            answered = beijing_day(brain.case_answered)
            completed = beijing_day(brain.case_completed)
            if answered and answered <= self.today:
                continue
            if completed and completed <= self.today:
                continue
            if (answered or completed) is None and (
                brain.review_state not in LETTER_OPEN_STATES
            ):
                continue
            waiting.append((
                brain.tracking_number,
                beijing_day(brain.case_received),
                beijing_day(brain.case_deadline),
            ))
        return waiting

    def letter_check(self, unit: str | None) -> tuple[Check, dict[str, int]]:
        limits = mailbox_settings()
        waiting = self.open_letters(unit)
        ages = {
            number: (self.today - received).days for number, received, _d in waiting
        }
        oldest = max(ages.values(), default=None)
        beyond_veto = sorted(n for n, age in ages.items() if age > limits.veto_days)
        beyond_warn = sorted(n for n, age in ages.items() if age > limits.red_flag_days)
        if beyond_veto:
            level, items = "veto", beyond_veto
        elif beyond_warn:
            level, items = "warning", beyond_warn
        else:
            level, items = "ok", []
        overdue = [
            n for n, _r, deadline in waiting if deadline and deadline < self.today
        ]
        check = Check(
            "letters",
            oldest,
            limits.red_flag_days + 1,
            limits.veto_days + 1,
            level,
            items,
        )
        return check, {
            "open": len(waiting),
            "overdue": len(overdue),
            "unanswered": len(beyond_veto),
        }

    # -- sites ----------------------------------------------------------------

    def _count_check(self, check_id, columns, warn_at, veto_at) -> Check:
        value = len(columns)
        level = "veto" if value >= veto_at else "warning" if value >= warn_at else "ok"
        return Check(check_id, value, warn_at, veto_at, level, [c.uid for c in columns])

    def site(self, unit: str, title: str, url: str, columns, last_update) -> SiteReport:
        """The veto checks of the portal (unit "") or of a department's site."""
        limits = self.settings
        days = (self.today - last_update).days if last_update else None
        if days is None or days > limits.home_veto_days:
            home_level = "veto"
        elif days >= limits.home_warn_days:
            home_level = "warning"
        else:
            home_level = "ok"
        home = Check(
            "home", days, limits.home_warn_days, limits.home_veto_days + 1, home_level
        )
        overdue = [c for c in columns if c.status == "overdue"]
        stale = [c for c in overdue if c.kind in STALE_KINDS]
        letters, letter_counts = self.letter_check(unit or None)
        checks = [
            home,
            self._count_check("stale", stale, limits.stale_warn, limits.stale_veto),
            self._count_check(
                "overdue", overdue, limits.not_updated_warn, limits.not_updated_veto
            ),
            self._count_check(
                "empty",
                [c for c in columns if c.status == "empty"],
                limits.empty_warn,
                limits.empty_veto,
            ),
            letters,
        ]
        return SiteReport(
            unit=unit,
            title=title,
            url=url,
            language=self.language,
            last_update=last_update,
            columns=columns,
            checks=checks,
            letters=letter_counts,
        )

    def departments(self, unit: str | None = None):
        query = {
            "portal_type": "Department",
            "path": self.root_path,
            "sort_on": "sortable_title",
        }
        if unit:
            query["unit_id"] = unit
        return self.catalog.unrestrictedSearchResults(**query)

    def department_site(self, brain) -> SiteReport:
        path = brain.getPath()
        column_brains = [
            column
            for column in self.column_brains(brain.unit_id)
            if column.getPath().startswith(path + "/")
        ]
        last, last_update = self.newest(path, [c.getPath() for c in column_brains])
        columns = [self.column(c, last[c.getPath()]) for c in column_brains]
        return self.site(
            brain.unit_id, brain.Title, brain.getURL(), columns, last_update
        )

    def portal_site(self) -> SiteReport:
        """The portal's own checks: its home page shows what every department
        publishes; its own columns are those outside the departments."""
        root = self.portal[self.language]
        columns = [self.column(column) for column in self.column_brains("")]
        return self.site(
            "",
            root.Title(),
            root.absolute_url(),
            columns,
            self.last_publication(self.root_path),
        )

    def department_sites(self, unit: str | None = None) -> list[SiteReport]:
        return [self.department_site(brain) for brain in self.departments(unit)]
