"""What stands between an anonymous form and the database.

Shared by the letter form, the application forms and their REST endpoints:
a signed token against cross-site requests, a honeypot against robots, a rate
limit per address, text cleaning, and checks of uploaded files by content.
"""

from collections import deque
from dataclasses import dataclass
from hami.policy import _
from hami.policy.cases.codes import case_secret
from threading import Lock

import hmac
import io
import re
import secrets
import time
import unicodedata
import zipfile


TOKEN_FIELD = "hami_token"  # noqa: S105 - a field name
TOKEN_COOKIE = "hami_form"  # noqa: S105 - a cookie name
TOKEN_LIFETIME = 4 * 3600
HONEYPOT_FIELD = "website"

# Bidirectional embeddings, overrides and isolates can make a title read as
# something else (e.g. a filename ending in "gpj.exe" shown as "exe.jpg").
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Refused(Exception):
    """A submission that is not accepted; ``message`` says why, to the citizen."""

    def __init__(self, message, field: str | None = None, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.status = status


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


class Throttle:
    """Failed attempts per address in this process, e.g. wrong query codes.

    Kept in memory: counting failures must not write to the database on every
    lookup. With several clients the limit applies per client.
    """

    def __init__(self, limit: int, seconds: int):
        self.limit = limit
        self.seconds = seconds
        self._failures: dict[str, deque] = {}
        self._lock = Lock()

    def _recent(self, key: str, now: float) -> deque:
        failures = self._failures.setdefault(key, deque())
        while failures and now - failures[0] >= self.seconds:
            failures.popleft()
        return failures

    def blocked(self, key: str, limit: int | None = None) -> bool:
        with self._lock:
            recent = len(self._recent(key, time.monotonic()))
            return recent >= (self.limit if limit is None else limit)

    def fail(self, key: str) -> None:
        with self._lock:
            self._recent(key, time.monotonic()).append(time.monotonic())


# -- text --


def clean_text(value, multiline: bool = False) -> str:
    """Unicode text as typed, without invisible tricks; never HTML-interpreted."""
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Refused(
                _("error_encoding", default="The text could not be read (not UTF-8).")
            ) from error
    value = str(value or "")
    try:
        # Zope keeps undecodable bytes as lone surrogates.
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise Refused(
            _("error_encoding", default="The text could not be read (not UTF-8).")
        ) from error
    value = unicodedata.normalize("NFC", value)
    value = BIDI_CONTROLS.sub("", value)
    value = OTHER_CONTROLS.sub("", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = " ".join(value.split())
    return value.strip()


def normalised_for_duplicates(value: str) -> str:
    return "".join(value.split()).casefold()


# -- files --


ALLOWED_FILES = {
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/png": "png",
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "text/plain": "txt",
}


def _ole2(data: bytes) -> str:
    """Word or Excel 97-2003 (both OLE2 compound files)."""
    if "Workbook".encode("utf-16-le") in data[:65536]:
        return "application/vnd.ms-excel"
    return "application/msword"


def _office_open_xml(data: bytes) -> str | None:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    for folder, content_type in (
        (
            "word/",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ):
        if any(name.startswith(folder) for name in names):
            return content_type
    return None


def _text(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text/plain"


SIGNATURES = (
    (b"\xff\xd8\xff", lambda data: "image/jpeg"),
    (b"GIF87a", lambda data: "image/gif"),
    (b"GIF89a", lambda data: "image/gif"),
    (b"\x89PNG\r\n\x1a\n", lambda data: "image/png"),
    (b"%PDF-", lambda data: "application/pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _ole2),
    (b"PK\x03\x04", _office_open_xml),
)


def sniff(data: bytes) -> str | None:
    """The file's type from its first bytes, whatever its name says."""
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            return kind(data)
    return _text(data)


@dataclass
class Upload:
    filename: str
    data: bytes
    content_type: str


def check_upload(filename: str, data: bytes, max_bytes: int) -> Upload:
    filename = clean_text(filename) or "file"
    if len(data) > max_bytes:
        raise Refused(
            _(
                "error_file_too_large",
                default="“${name}” is larger than ${size} KB.",
                mapping={"name": filename, "size": max_bytes // 1024},
            ),
            field="attachments",
        )
    content_type = sniff(data)
    if content_type not in ALLOWED_FILES:
        raise Refused(
            _(
                "error_file_type",
                default="“${name}” is not an accepted kind of file (Word, Excel, "
                "PDF, text, JPEG, PNG or GIF).",
                mapping={"name": filename},
            ),
            field="attachments",
        )
    return Upload(filename=filename, data=data, content_type=content_type)


def prune_senders(container, older_than: float) -> int:
    """Forget submissions older than ``older_than`` (epoch seconds); daily job."""
    senders = container._hami_senders
    old = [key for key in senders if float(key.split(":")[1]) < older_than]
    for key in old:
        del senders[key]
    return len(old)
