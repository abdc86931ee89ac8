"""Finding one's own case with a tracking number and a query code.

One message for every mismatch (a wrong code must not reveal that the number
exists), and an address that keeps guessing is turned away for an hour.
"""

from hami.policy import _
from hami.policy.cases import codes
from hami.policy.cases.protection import Throttle
from hami.policy.errors import Refused


NOT_FOUND = _(
    "error_case_not_found",
    default="Nothing matches this tracking number and query code. Please check "
    "both and try again.",
)
_throttle = Throttle(limit=10, seconds=3600)


def find_case(
    container, tracking_number: str, query_code: str, address: str, limit: int
):
    # counted per case folder: guessing letters' codes does not lock the same
    # address out of following its applications, and each has its own limit
    key = codes.keyed_hash(f"{container.getId()}|{address}", "lookup")
    if _throttle.blocked(key, limit):
        raise Refused(
            _(
                "error_lookup_blocked",
                default="Too many attempts. Please try again in an hour.",
            ),
            status=429,
        )
    case = None
    number = codes.normalise_tracking_number(tracking_number)
    if number and codes.check_query_code(number, query_code):
        case = codes.object_for(container, number)
    if case is None:
        _throttle.fail(key)
        raise Refused(NOT_FOUND, status=404)
    return case
