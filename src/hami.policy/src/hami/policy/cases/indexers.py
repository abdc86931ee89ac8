"""Catalog data of cases (letters, applications): dates, deadline, handling unit.

Nothing personal: statistics and dashboards are computed from these columns
without waking the objects, and the columns hold no name, phone or text.
"""

from DateTime import DateTime
from hami.policy.behaviors.case import ICase
from plone.indexer import indexer


def _datetime(value):
    if value is None:
        raise AttributeError
    return (
        DateTime(value.isoformat()) if hasattr(value, "isoformat") else DateTime(value)
    )


@indexer(ICase)
def tracking_number(obj) -> str:
    if not obj.tracking_number:
        raise AttributeError("tracking_number")
    return obj.tracking_number


@indexer(ICase)
def case_department(obj) -> str:
    unit = (
        obj.handling_department
        or getattr(obj, "addressed_to", None)
        or getattr(obj, "responsible_department", None)
    )
    if not unit:
        raise AttributeError("hami_department")
    return unit


@indexer(ICase)
def case_received(obj):
    return _datetime(obj.received)


@indexer(ICase)
def case_accepted(obj):
    return _datetime(obj.accepted_on)


@indexer(ICase)
def case_deadline(obj):
    return _datetime(obj.deadline)


@indexer(ICase)
def case_answered(obj):
    return _datetime(obj.answered_on)


@indexer(ICase)
def case_completed(obj):
    return _datetime(obj.completed_on)


@indexer(ICase)
def case_kind(obj) -> str:
    """The kind of letter, or the service applied for."""
    kind = getattr(obj, "letter_type", None) or getattr(obj, "service", None)
    if not kind:
        raise AttributeError("case_kind")
    return kind
