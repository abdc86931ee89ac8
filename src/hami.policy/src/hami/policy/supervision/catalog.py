"""The supervision's one pass over the catalog's index entries."""

from collections.abc import Iterator
from hami.policy.supervision.model import PUBLISHED_TYPES
from hami.policy.supervision.model import UNDATED


def published_entries(catalog, root: str, until) -> Iterator[tuple[int, str, int]]:
    """(record id, path, effective date as the index stores it) of every item
    published under ``root`` up to ``until``, undated ones left out.

    This reads the catalog's indexes entry by entry (ZCatalog's internals:
    ``_catalog``, the indexes' ``getEntryForObject`` and the date index's
    ``_convert``), because a catalog query would make a brain per item and the
    dashboard would grow with the number of items instead of the number of
    columns (see ``make bench``). It is the one place that does so.
    """
    internals = catalog._catalog
    paths = internals.getIndex("path")
    states = internals.getIndex("review_state")
    types = internals.getIndex("portal_type")
    effective = internals.getIndex("effective")
    latest = effective._convert(until)
    floor = effective._convert(UNDATED)
    wanted = frozenset(PUBLISHED_TYPES)
    for rid in paths.search(root):
        if states.getEntryForObject(rid) != "published":
            continue
        if types.getEntryForObject(rid) not in wanted:
            continue
        value = effective.getEntryForObject(rid)
        if value is None or value > latest or value <= floor:
            continue  # scheduled for later, or undated: no update
        yield rid, paths.getEntryForObject(rid), value
