"""The annual work report's figures (政府网站年度工作报表), for one year.

Per department of one language version: items published in the year per kind
of column (by publication date), letters received and answered in the year
(the mailbox's statistics), applications received and decided in the year (the
service hall's). Letters and applications belong to no language: every
language's report shows the same ones. Computed from the catalog only.
"""

from collections import Counter
from collections import defaultdict
from datetime import date
from hami.policy.cases import clock
from hami.policy.mailbox import statistics as letter_statistics
from hami.policy.servicehall import statistics as service_statistics
from hami.policy.supervision.model import PUBLISHED_TYPES
from plone import api


def _year_range(year: int) -> dict:
    return clock.day_range(date(year, 1, 1), date(year, 12, 31))


def items_published(year: int, language: str, unit: str | None = None) -> dict:
    """{unit: Counter(kind → items)} of items published in the year."""
    portal = api.portal.get()
    query = {
        "path": "/".join((*portal.getPhysicalPath(), language)),
        "portal_type": PUBLISHED_TYPES,
        "review_state": "published",
        "effective": _year_range(year),
    }
    if unit:
        query["hami_department"] = unit
    catalog = api.portal.get_tool("portal_catalog")
    counts: dict[str, Counter] = defaultdict(Counter)
    for brain in catalog.unrestrictedSearchResults(**query):
        counts[brain.hami_department or ""][brain.hami_column_kind or "other"] += 1
    return counts


def _in_year(month: str, year: int) -> bool:
    return month.startswith(f"{year}-")


def letters(year: int) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = defaultdict(
        lambda: {"received": 0, "answered": 0}
    )
    for month, units in letter_statistics.compute().items():
        if not _in_year(month, year):
            continue
        for unit, figures in units.items():
            table[unit]["received"] += figures.received
            table[unit]["answered"] += figures.answered
    return table


def applications(year: int) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = defaultdict(
        lambda: {"received": 0, "decided": 0}
    )
    for month, keys in service_statistics.compute().items():
        if not _in_year(month, year):
            continue
        for (unit, _service), figures in keys.items():
            if unit == "*":
                continue
            table[unit]["received"] += figures.received
            table[unit]["decided"] += figures.decided
    return table


def report(year: int, language: str, unit: str | None = None) -> dict:
    catalog = api.portal.get_tool("portal_catalog")
    portal = api.portal.get()
    query = {
        "portal_type": "Department",
        "path": "/".join((*portal.getPhysicalPath(), language)),
        "sort_on": "sortable_title",
    }
    if unit:
        query["unit_id"] = unit
    departments = [
        (brain.unit_id, brain.Title)
        for brain in catalog.unrestrictedSearchResults(**query)
    ]
    items = items_published(year, language, unit)
    letter_table = letters(year)
    application_table = applications(year)
    rows = []
    for unit_id, title in departments:
        counts = items.get(unit_id, Counter())
        rows.append({
            "unit": unit_id,
            "title": title,
            "items": dict(counts),
            "items_total": sum(counts.values()),
            "letters_received": letter_table.get(unit_id, {}).get("received", 0),
            "letters_answered": letter_table.get(unit_id, {}).get("answered", 0),
            "applications_received": application_table.get(unit_id, {}).get(
                "received", 0
            ),
            "applications_decided": application_table.get(unit_id, {}).get(
                "decided", 0
            ),
        })
    if unit is None:
        every = Counter()
        for counts in items.values():
            every.update(counts)
        apps = [figures for key, figures in application_table.items() if key != "*"]
        rows.append({
            "unit": "*",
            "title": "",
            "items": dict(every),
            "items_total": sum(every.values()),
            "letters_received": letter_table.get("*", {}).get("received", 0),
            "letters_answered": letter_table.get("*", {}).get("answered", 0),
            "applications_received": sum(f["received"] for f in apps),
            "applications_decided": sum(f["decided"] for f in apps),
        })
    kinds = {"news", "notices", "policy"}
    for counts in items.values():
        kinds.update(counts)
    return {"year": year, "language": language, "kinds": kinds, "rows": rows}
