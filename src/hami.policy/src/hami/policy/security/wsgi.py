"""A WSGI filter that turns unreadable requests away before Zope parses them.

Zope reads the query string and the body before anything of the portal runs;
some malformed requests break that reading itself and used to end in 500 or
503: a multipart body without a boundary, bytes that are not UTF-8 in a
form field or the query string, JSON nested thousands of levels deep (which
plone.restapi's log-in plugin parses on every JSON request). This filter, in
front of Zope (``egg:hami.policy#inputs`` in the clients' WSGI pipeline),
answers them with 400 and a message in the request's language, as JSON when
JSON was asked for.

It also keeps request bodies to 16 MB (413, with the message), before
reading any of it; the WSGI server itself refuses more than twice that
(buildout's ``max-request-body-size``) without a message. Larger files,
videos, are sent in chunks below 16 MB (TUS): the video forms do it for their
users.
"""

from __future__ import annotations

from DateTime import DateTime
from hami.policy import _
from urllib.parse import unquote_to_bytes
from zope.i18n import translate

import io
import json
import re


MAX_JSON_DEPTH = 64
FORM_TYPES = ("application/x-www-form-urlencoded",)
MESSAGES = {
    "encoding": _(
        "error_request_encoding",
        default="The request could not be read: it is not valid UTF-8 text.",
    ),
    "multipart": _(
        "error_request_multipart",
        default="The request could not be read: the form data is incomplete.",
    ),
    "value": _(
        "error_request_value",
        default="The request could not be read: a date or a number is not valid.",
    ),
    "json": _(
        "error_request_json",
        default="The request could not be read: the JSON is nested too deeply.",
    ),
    "size": _(
        "error_request_size",
        default="The request is too large (more than 16 MB). Videos of any size "
        "are sent in parts by the video form, or over the REST API's resumable "
        "upload (TUS).",
    ),
}
BODY_LIMIT = 16 * 1024 * 1024
BOUNDARY = re.compile(r'boundary="?([0-9A-Za-z\'()+_,./:=?-]{1,70})"?')
LANGUAGE_PATH = re.compile(r"/(ug|kk|en|zh-cn)(/|$)")


def _valid_utf8(raw: bytes) -> bool:
    """Percent-encoded text (a query string, a urlencoded body) decodes as UTF-8."""
    for part in raw.replace(b"+", b" ").split(b"&"):
        for piece in part.split(b"=", 1):
            try:
                unquote_to_bytes(piece).decode("utf-8")
            except UnicodeDecodeError:
                return False
    return True


CONVERTERS = {
    "int": int,
    "long": int,
    "float": float,
    "date": DateTime,
    "date_international": DateTime,
}


def _converts(raw: bytes) -> bool:
    """Zope's typed fields (``name:int``, ``name:date``) hold what they say;
    a value Zope cannot convert breaks its reading of the whole request."""
    for part in raw.replace(b"+", b" ").split(b"&"):
        name, _sep, value = part.partition(b"=")
        markers = unquote_to_bytes(name).decode("utf-8", "replace").split(":")[1:]
        for marker in markers:
            convert = CONVERTERS.get(marker)
            if convert is None:
                continue
            try:
                convert(unquote_to_bytes(value).decode("utf-8").strip())
            except Exception:
                return False
    return True


def json_depth(body: bytes) -> int:
    """How deeply the JSON's arrays and objects nest (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                return deepest
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return deepest


def too_large(environ, limit: int = BODY_LIMIT) -> bool:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > limit


def problem(environ) -> str | None:
    """What makes the request unreadable, or None."""
    if too_large(environ):
        return "size"
    query = environ.get("QUERY_STRING", "").encode("latin-1")
    if not _valid_utf8(query):
        return "encoding"
    if not _converts(query):
        return "value"
    method = environ.get("REQUEST_METHOD", "GET")
    if method not in ("POST", "PUT", "PATCH"):
        return None
    content_type = environ.get("CONTENT_TYPE", "") or ""
    kind = content_type.split(";")[0].strip().lower()
    if kind.startswith("multipart/"):
        boundary = BOUNDARY.search(content_type)
        if boundary is None:
            return "multipart"
        return (
            None
            if _starts_with(environ, b"--" + boundary.group(1).encode())
            else ("multipart")
        )
    if kind in FORM_TYPES or kind == "application/json":
        body = _body(environ)
        if kind == "application/json":
            return "json" if json_depth(body) > MAX_JSON_DEPTH else None
        if not _valid_utf8(body):
            return "encoding"
        return None if _converts(body) else "value"
    return None


class _Prefixed:
    """The request's body with its first bytes read already (uploads may be
    large: only the start is looked at, the rest streams on to Zope)."""

    def __init__(self, prefix: bytes, stream):
        self.prefix = prefix
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            data, self.prefix = self.prefix + self.stream.read(), b""
            return data
        data, self.prefix = self.prefix[:size], self.prefix[size:]
        if len(data) < size:
            data += self.stream.read(size - len(data))
        return data

    def readline(self, size: int = -1) -> bytes:
        if self.prefix:
            line, newline, rest = self.prefix.partition(b"\n")
            if newline:
                self.prefix = rest
                return line + newline
            self.prefix = b""
            return line + self.stream.readline(size)
        return self.stream.readline(size)

    def __iter__(self):
        while line := self.readline():
            yield line


def _starts_with(environ, start: bytes) -> bool:
    """Does the body start with ``start`` (a multipart's first delimiter)?"""
    stream = environ["wsgi.input"]
    head = stream.read(len(start))
    environ["wsgi.input"] = _Prefixed(head, stream)
    return head == start


def _body(environ) -> bytes:
    """Read the body once and put it back for Zope."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    environ["wsgi.input"] = io.BytesIO(body)
    return body


def _language(environ) -> str:
    match = LANGUAGE_PATH.search(environ.get("PATH_INFO", ""))
    if match:
        return match.group(1)
    accepted = environ.get("HTTP_ACCEPT_LANGUAGE", "").lower()
    for code in ("ug", "kk", "en", "zh"):
        if accepted.startswith(code):
            return "zh-cn" if code == "zh" else code
    return "zh-cn"


def refusal(environ, start_response, kind: str):
    language = _language(environ)
    status = "413 Content Too Large" if kind == "size" else "400 Bad Request"
    message = translate(
        MESSAGES[kind],
        target_language="zh_CN" if language == "zh-cn" else language,
    )
    if "application/json" in environ.get("HTTP_ACCEPT", ""):
        body = json.dumps(
            {
                "error": {
                    "type": "PayloadTooLarge" if kind == "size" else "BadRequest",
                    "message": message,
                    "field": None,
                }
            },
            ensure_ascii=False,
        ).encode()
        content_type = "application/json"
    else:
        direction = "rtl" if language in ("ug", "kk") else "ltr"
        body = (
            f'<!DOCTYPE html><html lang="{language}" dir="{direction}"><head>'
            f'<meta charset="utf-8"><title>{status[:3]}</title></head><body>'
            f'<p class="hami-bad-request">{message}</p></body></html>'
        ).encode()
        content_type = "text/html; charset=utf-8"
    start_response(
        status,
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
        ],
    )
    return [body]


def make_filter(app, global_conf, **local_conf):
    """The paste filter factory (``egg:hami.policy#inputs``)."""

    def inputs(environ, start_response):
        kind = problem(environ)
        if kind is not None:
            return refusal(environ, start_response, kind)
        return app(environ, start_response)

    return inputs
