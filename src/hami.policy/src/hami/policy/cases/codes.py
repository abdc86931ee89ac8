"""Tracking numbers and query codes (查询码), for letters and applications alike.

A tracking number identifies a case in every conversation; the query code,
given only to the person who submitted it, lets them follow the case without an
account. The code is derived from the tracking number with the portal's case
secret, so nothing readable is stored, and a citizen who sends the same thing
twice (a double click, a resent form) gets the same code again.

Tracking numbers are random, so that concurrent submissions never wait on a
shared counter; a BTree of the case folder, keyed by tracking number, makes two
concurrent submissions that drew the same number conflict, and the retried one
draws again.
"""

from BTrees.OOBTree import OOBTree
from datetime import date
from plone import api
from zope.annotation.interfaces import IAnnotations

import hashlib
import hmac
import secrets


# No 0/O, 1/I/L: numbers are read out on the phone and typed on phones.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
QUERY_CODE_DIGITS = 10
SECRET_KEY = "hami.policy.case-secret"  # noqa: S105 - an annotation key


def case_secret() -> bytes:
    """A secret of this portal, created once, never shown (not in the registry)."""
    annotations = IAnnotations(api.portal.get())
    secret = annotations.get(SECRET_KEY)
    if secret is None:
        secret = annotations[SECRET_KEY] = secrets.token_hex(32)
    return secret.encode()


def keyed_hash(value: str, purpose: str = "") -> str:
    """A value (an address, a contact) as a keyed hash: comparable, not readable."""
    message = f"{purpose}:{value}".encode()
    return hmac.new(case_secret(), message, hashlib.sha256).hexdigest()


def new_tracking_number(prefix: str, today: date) -> str:
    """e.g. XJ261128-7K3QMZ: kind, date of receipt, six random characters."""
    random_part = "".join(secrets.choice(ALPHABET) for _ in range(6))
    return f"{prefix}{today:%y%m%d}-{random_part}"


def normalise_tracking_number(value: str) -> str:
    return "".join((value or "").split()).upper()


def query_code(tracking_number: str) -> str:
    digest = keyed_hash(normalise_tracking_number(tracking_number), "query-code")
    return str(int(digest, 16))[-QUERY_CODE_DIGITS:].zfill(QUERY_CODE_DIGITS)


def check_query_code(tracking_number: str, code: str) -> bool:
    given = "".join((code or "").split())
    return bool(tracking_number) and hmac.compare_digest(
        given.encode(), query_code(tracking_number).encode()
    )


def ensure_registry(container) -> None:
    """Created with the folder, so that submissions never write the folder itself."""
    if getattr(container, "_hami_tracking", None) is None:
        container._hami_tracking = OOBTree()


def register_tracking_number(
    container, prefix: str, today: date, object_id: str
) -> str:
    """Draw a tracking number nobody has, and remember which object has it."""
    registry = container._hami_tracking
    while True:
        number = new_tracking_number(prefix, today)
        if number not in registry:
            registry[number] = object_id
            return number


def object_for(container, tracking_number: str):
    object_id = container._hami_tracking.get(normalise_tracking_number(tracking_number))
    return container.get(object_id) if object_id else None
