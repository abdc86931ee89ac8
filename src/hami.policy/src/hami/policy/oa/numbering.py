"""Document numbers (发文字号): per issuing office and year, no gaps, no reuse.

``哈发改发〔2026〕12号``: the office's code, the year, the next number. The
counters are one BTree in the portal's annotations, keyed by office and year.
Taking a number writes the counter in the registration's own transaction: two
registrations at once both change the same key, ZODB refuses the second
(ConflictError, a BTree cannot merge two writes of one key) and Zope runs it
again, when it takes the next number. A registration that fails is rolled back
with its number, so no number is lost; a committed number is never given again.
"""

from BTrees.OOBTree import OOBTree
from hami.policy.organisation.data import units
from plone import api
from zope.annotation.interfaces import IAnnotations


KEY = "hami.policy.oa.numbers"


def _counters() -> OOBTree:
    annotations = IAnnotations(api.portal.get())
    counters = annotations.get(KEY)
    if counters is None:
        counters = annotations[KEY] = OOBTree()
    return counters


def doc_code(unit_id: str) -> str:
    """The office's code (发文机关代字) from the organisation data."""
    for unit in units():
        if unit.id == unit_id:
            return unit.doc_code or f"{unit.name('zh-cn')}发"
    return f"{unit_id}发"


def take_number(unit_id: str, year: int) -> tuple[int, str]:
    counters = _counters()
    key = f"{unit_id}:{year}"
    number = counters.get(key, 0) + 1
    counters[key] = number
    return number, f"{doc_code(unit_id)}〔{year}〕{number}号"


def last_number(unit_id: str, year: int) -> int:
    return _counters().get(f"{unit_id}:{year}", 0)


def take_incoming_number(unit_id: str, year: int) -> str:
    """收文编号: per registering office and year, like the outgoing numbers."""
    counters = _counters()
    key = f"{unit_id}:in:{year}"
    number = counters.get(key, 0) + 1
    counters[key] = number
    code = doc_code(unit_id).removesuffix("发")
    return f"{code}收〔{year}〕{number}号"
