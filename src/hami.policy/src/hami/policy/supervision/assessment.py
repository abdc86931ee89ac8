"""The monthly assessment (月度考评): a score per department, kept per month.

A department starts each month at 100 points and loses the deductions of the
supervision control panel for what the month's end finds on its sites (in the
assessed languages): each stale, overdue or empty column, each letter past its
deadline or past the inspection's veto line, a home page not updated, each veto
check failed. A score never goes below 0; 60 passes, as in the national
inspection.

A month is judged as it stood at its last second, from the catalog's dates.
The daily job records the running month every day (provisional) and, once a
month is over, records it a last time as final; final months are never
recomputed, so that a year's results stay comparable when the rules or the
content change later. Months nobody recorded are computed on demand and shown
as such.
"""

from BTrees.OOBTree import OOBTree
from datetime import date
from datetime import datetime
from dateutil.relativedelta import relativedelta
from hami.policy.cases import clock
from hami.policy.languages import DEFAULT_LANGUAGE
from hami.policy.supervision.freshness import Supervision
from hami.policy.supervision.model import end_of_month
from hami.policy.supervision.model import settings
from plone import api
from zope.annotation.interfaces import IAnnotations


KEY = "hami.policy.assessments"
FINDINGS = (
    "stale_column",
    "not_updated_column",
    "empty_column",
    "overdue_letter",
    "unanswered_letter",
    "home_not_updated",
    "veto",
)
PASS_MARK = 60.0


def month_of(day: date) -> str:
    return f"{day:%Y-%m}"


def valid_month(text) -> str | None:
    """YYYY-MM of this century, or None."""
    return text if clock.month(text) is not None else None


def previous_month(month: str) -> str:
    first = datetime.strptime(month, "%Y-%m")
    return (first - relativedelta(months=1)).strftime("%Y-%m")


def months_of_year(year: int, today: date | None = None) -> list[str]:
    """The months of a year up to the running one."""
    today = today or clock.today()
    last = 12 if year < today.year else today.month if year == today.year else 0
    return [f"{year}-{month:02d}" for month in range(1, last + 1)]


def score(findings: dict[str, int], deductions: dict[str, float]) -> float:
    lost = sum(deductions.get(name, 0.0) * count for name, count in findings.items())
    return round(max(0.0, 100.0 - lost), 1)


def assess(month: str, as_of: datetime | None = None) -> dict:
    """Judge every department as the month stood at its end (or now, for the
    running month)."""
    now = clock.now()
    end = end_of_month(month)
    final = end < now
    moment = as_of or (end if final else now)
    config = settings()
    deductions = dict(config.deductions or {})
    languages = list(config.assessed_languages or [DEFAULT_LANGUAGE])
    units: dict[str, dict] = {}
    for language in languages:
        if language not in api.portal.get().objectIds():
            continue
        for site in Supervision(language, moment).department_sites():
            entry = units.setdefault(
                site.unit,
                {"findings": dict.fromkeys(FINDINGS, 0), "columns": 0},
            )
            if language == languages[0] or "title" not in entry:
                entry["title"] = site.title
            entry["columns"] += len(site.columns)
            findings = site.findings()
            # letters are the same in every language: count them once
            if language != languages[0]:
                findings["overdue_letter"] = findings["unanswered_letter"] = 0
            for name in FINDINGS:
                entry["findings"][name] += findings[name]
    for entry in units.values():
        entry["score"] = score(entry["findings"], deductions)
    return {
        "month": month,
        "final": final,
        "as_of": moment.isoformat(),
        "computed": now.isoformat(),
        "languages": languages,
        "deductions": deductions,
        "units": units,
    }


def _storage() -> OOBTree:
    annotations = IAnnotations(api.portal.get())
    storage = annotations.get(KEY)
    if storage is None:
        storage = annotations[KEY] = OOBTree()
    return storage


def stored(month: str) -> dict | None:
    storage = IAnnotations(api.portal.get()).get(KEY)
    return None if storage is None else storage.get(month)


def recorded_months() -> list[str]:
    storage = IAnnotations(api.portal.get()).get(KEY)
    return [] if storage is None else list(storage.keys())


def record(month: str | None = None) -> list[str]:
    """Store a month's assessment; without a month, what the daily job does:
    the previous month once as final, the running month as provisional.

    Returns the months written."""
    storage = _storage()
    if month is not None:
        result = assess(month)
        storage[month] = result
        return [month]
    running = month_of(clock.today())
    written = []
    previous = previous_month(running)
    known = storage.get(previous)
    if known is None or not known["final"]:
        storage[previous] = assess(previous)
        written.append(previous)
    storage[running] = assess(running)
    written.append(running)
    return written


def results(month: str) -> dict:
    """The stored assessment of a month, else computed now (not stored)."""
    known = stored(month)
    if known is not None:
        return {**known, "recorded": True}
    return {**assess(month), "recorded": False}


def trend(year: int) -> dict:
    """Scores per unit for each month of a year: recorded months, and the
    running month live; months nobody recorded are None."""
    months = months_of_year(year)
    running = month_of(clock.today())
    series: dict[str, list[float | None]] = {}
    titles: dict[str, str] = {}
    for index, month in enumerate(months):
        result = stored(month)
        if result is None and month == running:
            result = assess(month)
        if result is None:
            continue
        for unit, entry in result["units"].items():
            titles.setdefault(unit, entry["title"])
            series.setdefault(unit, [None] * len(months))[index] = entry["score"]
    return {"months": months, "series": series, "titles": titles}
