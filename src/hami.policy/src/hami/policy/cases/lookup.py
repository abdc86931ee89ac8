"""Finding one's own case with a tracking number and a query code.

One message for every mismatch (a wrong code must not reveal that the number
exists), and an address that keeps guessing is turned away for an hour, by
every client of the portal alike (the count is in the database).
"""

from hami.policy import _
from hami.policy.cases import codes
from hami.policy.errors import Refused
from hami.policy.security.attempts import Attempts


NOT_FOUND = _(
    "error_case_not_found",
    default="Nothing matches this tracking number and query code. Please check "
    "both and try again.",
)
GUESSES = Attempts("lookup", seconds=3600)


def find_case(
    container, tracking_number: str, query_code: str, address: str, limit: int
):
    # counted per case folder: guessing letters' codes does not lock the same
    # address out of following its applications, and each has its own limit
    key = codes.keyed_hash(f"{container.getId()}|{address}", "lookup")
    db = container._p_jar.db()
    if GUESSES.count(db, key) >= limit:
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
        GUESSES.fail(db, key)
        raise Refused(NOT_FOUND, status=404)
    return case
