"""What stands between an anonymous form and the database.

Shared by the letter form, the application forms and their REST endpoints:
a signed token against cross-site requests, a honeypot against robots and a
rate limit per address (text: ``cases.text``; files: ``cases.uploads``).
"""

from BTrees.OOBTree import OOBTree
from dataclasses import dataclass
from hami.policy import _
from hami.policy.cases.codes import case_secret
from hami.policy.errors import Refused

import hmac
import secrets
import time


TOKEN_FIELD = "hami_token"  # noqa: S105 - a field name
TOKEN_COOKIE = "hami_form"  # noqa: S105 - a cookie name
TOKEN_LIFETIME = 4 * 3600
HONEYPOT_FIELD = "website"


def _secret() -> bytes:
    return case_secret()


# -- cross-site request forgery: a signed token, in a cookie and in the form --


def new_token() -> str:
    issued = str(int(time.time()))
    nonce = secrets.token_hex(8)
    signature = hmac.new(_secret(), f"{issued}.{nonce}".encode(), "sha256").hexdigest()
    return f"{issued}.{nonce}.{signature[:32]}"


def check_token(form_value: str | None, cookie_value: str | None) -> None:
    try:
        issued, nonce, signature = (form_value or "").split(".")
        expected = hmac.new(
            _secret(), f"{issued}.{nonce}".encode(), "sha256"
        ).hexdigest()[:32]
        valid = hmac.compare_digest(signature, expected) and hmac.compare_digest(
            form_value, cookie_value or ""
        )
        fresh = 0 <= time.time() - int(issued) <= TOKEN_LIFETIME
    except ValueError:
        valid = fresh = False
    if not (valid and fresh):
        raise Refused(
            _(
                "error_token",
                default="The form has expired. Please check your entries and send "
                "it again.",
            ),
            status=403,
        )


def check_honeypot(value: str | None) -> None:
    if value:
        raise Refused(_("error_robot", default="This submission looks automatic."))


# -- rate limits --


@dataclass
class Window:
    limit: int
    seconds: int


def ensure_sender_log(container) -> None:
    """The folder's record of who submitted when, for :func:`count_and_record`."""
    if getattr(container, "_hami_senders", None) is None:
        container._hami_senders = OOBTree()


def count_and_record(container, sender: str, window: Window, now: float) -> None:
    """Record a submission by ``sender``; refuse it beyond the limit.

    Kept in a BTree of the case folder with one key per submission
    (sender, time, nonce): concurrent submissions insert different keys, which
    the BTree's conflict resolution merges, even from the same address.
    """
    senders = container._hami_senders
    low = f"{sender}:{now - window.seconds:017.6f}"
    high = f"{sender}:~"
    recent = len(senders.keys(min=low, max=high))
    if recent >= window.limit:
        raise Refused(
            _(
                "error_rate_limit",
                default="Too many submissions from your address. Please try again "
                "in an hour.",
            ),
            status=429,
        )
    senders[f"{sender}:{now:017.6f}:{secrets.token_hex(4)}"] = 1


def prune_senders(container, older_than: float) -> int:
    """Forget submissions older than ``older_than`` (epoch seconds); daily job."""
    senders = container._hami_senders
    old = [key for key in senders if float(key.split(":")[1]) < older_than]
    for key in old:
        del senders[key]
    return len(old)
