"""A corpus of malformed requests over every public endpoint, form and search
page of the portal (its own and Plone's that citizens reach).

Each case is (name, method, path, keyword arguments for requests, kind,
strict): kind "rest" expects a JSON error, "page" an HTML page, both in the
request's language; a strict case is malformed and must be refused (4xx with
a message), the others are odd but harmless (search text full of quotes and
brackets is searched as words, a null for an optional field is no value) and
must only never fail. The corpus is built from a few shapes multiplied over
the fields and parameters, as an attacker's fuzzer would.
"""

from __future__ import annotations

import base64
import json


JSON_HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}
DEEP = "[" * 5000 + "]" * 5000
OPTIONAL = ("addressed_to", "publish_consent", "email", "id_number", "language")
WRONG_TYPES = (None, 0, 1.5, True, [], ["x"], {}, {"a": 1}, "x" * 70000)
TEXTS = ('"', "((((((", "))", "\x00", "AND OR NOT", "*", "?", "a" * 5000, "’“", "<>")
BAD_MONTHS = ("0000-01", "9999-12", "2026-13", "2026-00", "abcd-ef", "2026-1", "-1")
BAD_DATES = ("0000-00-00", "9999-99-99", "2026-02-30", "yesterday", "1e999", "-1")
BAD_NUMBERS = ("-1", "-999999999", "abc", "1e9", "9" * 40, "1.5", "")
RAW_BYTES = (b"%FF%FE", b"%00", b"%C0%AF", b"%ED%A0%80")


def _letter() -> dict:
    return {
        "letter_type": "consultation",
        "addressed_to": "mailbox",
        "title": "坏输入测试信件",
        "body": "这是一封用来测试坏输入的信。",
        "name": "测试",
        "phone": "13900000000",
        "publish_consent": False,
    }


def _application() -> dict:
    return {
        "service": "business-licence-change",
        "language": "zh-cn",
        "applicant_name": "测试",
        "phone": "13900000000",
        "fields": {"company_name": "测试公司", "change_items": "address"},
    }


def _rest_bodies():
    """Malformed JSON bodies for the two submission endpoints."""
    for name, endpoint, good in (
        ("letters", "/@letters", _letter()),
        ("applications", "/@applications", _application()),
    ):
        yield (f"{name}-not-json", endpoint, b"{not json", True)
        yield (f"{name}-empty", endpoint, b"", True)
        yield (f"{name}-array", endpoint, b"[1, 2]", True)
        yield (f"{name}-number", endpoint, b"42", True)
        yield (f"{name}-null", endpoint, b"null", True)
        yield (f"{name}-deep", endpoint, DEEP.encode(), True)
        deep_object = '{"a":' * 3000 + "1" + "}" * 3000
        yield (f"{name}-deep-object", endpoint, deep_object.encode(), True)
        yield (f"{name}-bad-utf8", endpoint, b'{"title": "\xff\xfe"}', True)
        yield (f"{name}-lone-surrogate", endpoint, b'{"title": "\\ud800"}', True)
        for field in list(good):
            for index, value in enumerate(WRONG_TYPES):
                body = {**good, field: value}
                # null for a field that may be left out is no value; a
                # boolean where one belongs is right
                harmless = (value is None and field in OPTIONAL) or (
                    value is True and field == "publish_consent"
                )
                yield (
                    f"{name}-{field}-type{index}",
                    endpoint,
                    json.dumps(body).encode(),
                    not harmless,
                )
    letters = _letter()
    for index, attachments in enumerate((
        "x",
        5,
        [1],
        [None],
        [{"data": 5}],
        [{"filename": [], "data": "eA=="}],
        [{"filename": "a.jpg", "data": "not base64!"}],
        [{"filename": "a.jpg"}],
        [{"filename": "a.svg", "data": base64.b64encode(b"<svg/>").decode()}],
        {"filename": "a.jpg"},
    )):
        body = {**letters, "attachments": attachments}
        yield (
            f"letters-attachments{index}",
            "/@letters",
            json.dumps(body).encode(),
            True,
        )
    applications = _application()
    for index, files in enumerate((
        "x",
        [1],
        [{"field": 5, "filename": "a.jpg", "data": "eA=="}],
        [{"field": "documents", "data": None}],
        [{"field": "nothere", "filename": "a.jpg", "data": "/9j/4A=="}],
    )):
        body = {**applications, "files": files}
        yield (
            f"applications-files{index}",
            "/@applications",
            json.dumps(body).encode(),
            True,
        )
    for index, fields in enumerate(("x", 5, [1], {"company_name": {"a": 1}})):
        body = {**applications, "fields": fields}
        yield (
            f"applications-fields{index}",
            "/@applications",
            json.dumps(body).encode(),
            True,
        )
    for index, language in enumerate(("xx", "../../etc", "zh_CN", 5)):
        body = {**applications, "language": language}
        yield (
            f"applications-language{index}",
            "/@applications",
            json.dumps(body).encode(),
            True,
        )


def _queries():
    """GET requests with malformed parameters: (kind, path, params, strict)."""
    for month in BAD_MONTHS:
        yield ("rest", f"/@letters?month={month}", None, True)
        yield ("rest", f"/@letters-stats?month={month}", None, True)
        yield ("rest", f"/@applications-stats?month={month}", None, True)
        # pages show their latest month instead
        yield ("page", f"/zh-cn/@@letters?month={month}", None, False)
        yield ("page", f"/zh-cn/@@letter-stats?month={month}", None, False)
        yield ("page", f"/zh-cn/@@service-stats?month={month}", None, False)
    for text in TEXTS:  # searched as words
        yield ("rest", "/@letters", {"q": text}, False)
        yield ("rest", "/@search", {"SearchableText": text}, False)
        yield ("page", "/zh-cn/@@letters", {"SearchableText": text}, False)
        yield ("page", "/zh-cn/@@service-hall", {"SearchableText": text}, False)
        yield ("page", "/zh-cn/@@hami-search", {"SearchableText": text}, False)
        yield ("page", "/zh-cn/@@search", {"SearchableText": text}, False)
        yield ("page", "/zh-cn/@@videos", {"q": text, "category": text}, False)
    for raw in RAW_BYTES:
        raw = raw.decode()
        strict = raw != "%00"  # a NUL is text, cleaned away; the rest is no UTF-8
        yield ("rest", f"/@letters?q={raw}", None, strict)
        yield (
            "rest",
            f"/@letters/status?tracking_number={raw}&query_code=1",
            None,
            True,
        )
        yield (
            "rest",
            f"/@applications/status?tracking_number={raw}&query_code=1",
            None,
            True,
        )
        yield ("page", f"/zh-cn/@@letters?SearchableText={raw}", None, strict)
        yield ("page", f"/zh-cn/@@service-hall?SearchableText={raw}", None, strict)
        yield ("page", f"/zh-cn/@@hami-search?SearchableText={raw}", None, strict)
        yield ("page", f"/zh-cn/@@videos?q={raw}", None, strict)
        yield ("page", f"/zh-cn/@@letter-status?tracking_number={raw}", None, strict)
        yield (
            "page",
            f"/zh-cn/@@application-status?tracking_number={raw}",
            None,
            strict,
        )
    for number in BAD_NUMBERS:
        strict = number != ""  # empty: the default
        yield ("rest", f"/@letters?b_start={number}&b_size={number}", None, strict)
        yield ("rest", f"/@search?b_size={number}", None, strict)
        yield (
            "rest",
            f"/@search?b_start={number}",
            None,
            strict and number != "9" * 40,
        )
        # pages start from the first page
        yield ("page", f"/zh-cn/@@letters?b_start={number}", None, False)
        yield ("page", f"/zh-cn/@@hami-search?b_start={number}", None, False)
    for day in BAD_DATES:
        strict = day != "-1"  # DateTime reads "-1" as a date
        yield ("page", f"/zh-cn/@@hami-search?from={day}&to={day}", None, False)
        yield (
            "rest",
            f"/@search?effective.query={day}&effective.range=min",
            None,
            strict,
        )
        yield ("rest", f"/@search?created={day}", None, strict)
        yield (
            "page",
            f"/zh-cn/@@search?created.query:record:list:date={day}",
            None,
            True,
        )
    yield (
        "page",
        "/zh-cn/@@service-stats?month:list=2026-11&month:list=2026-10",
        None,
        False,
    )
    yield (
        "page",
        "/zh-cn/@@letter-stats?month:list=2026-11&month:list=2026-10",
        None,
        False,
    )
    yield ("page", "/zh-cn/@@letters?type:list=a&type:list=b", None, False)
    yield ("page", "/zh-cn/@@letters?department:record=x", None, False)
    yield (
        "page",
        "/zh-cn/@@videos?category:list=a&q:list=b&order:record=x",
        None,
        False,
    )
    yield ("page", "/zh-cn/departments/fgw/@@videos?order=" + "v" * 5000, None, False)
    yield ("rest", "/@letters?month:list=2026-11&month:list=2026-10", None, False)
    yield ("rest", "/@services?language=xx", None, True)
    yield ("rest", "/@services?language:list=zh-cn&language:list=ug", None, False)
    yield ("rest", "/@search?sort_on=nonexistent_index", None, False)
    yield ("rest", "/@search?sort_order=sideways&sort_on=effective", None, False)
    yield ("rest", "/@search?metadata_fields=_catalog", None, False)
    yield ("rest", "/@letters/status", None, True)
    yield ("rest", "/@letters/status/extra", None, True)
    yield ("rest", "/@applications", None, True)
    yield ("rest", "/@applications/status?tracking_number=" + "A" * 5000, None, True)
    yield ("page", "/zh-cn/@@letter-status?tracking_number=" + "A" * 5000, None, False)
    yield ("page", "/zh-cn/sitemap.xml.gz?x=" + "%FF" * 10, None, True)
    yield ("page", "/zh-cn/departments/fgw/news/RSS?b_size=-1", None, False)


def _form_posts():
    """POSTs to the citizens' forms with broken encodings and shapes."""
    for view in ("@@write-letter", "@@letter-status", "@@application-status"):
        url = f"/zh-cn/{view}"
        yield (
            f"{view}-no-boundary",
            url,
            {"Content-Type": "multipart/form-data"},
            b"x",
        )
        yield (
            f"{view}-bad-boundary",
            url,
            {"Content-Type": "multipart/form-data; boundary=zzz"},
            b"--yyy\r\nContent-Disposition: form-data; name=a\r\n\r\nb\r\n--yyy--",
        )
        yield (
            f"{view}-bad-utf8",
            url,
            {"Content-Type": "application/x-www-form-urlencoded"},
            b"tracking_number=%FF%FE&query_code=%FF&title=%FF&body=%FE",
        )
        yield (
            f"{view}-lists",
            url,
            {"Content-Type": "application/x-www-form-urlencoded"},
            b"tracking_number:list=a&tracking_number:list=b&query_code:record=1",
        )
        yield (
            f"{view}-files-as-text",
            url,
            {"Content-Type": "application/x-www-form-urlencoded"},
            b"files=notafile&attachments=notafile&tracking_number=x&query_code=1",
        )
        yield (f"{view}-json", url, {"Content-Type": "application/json"}, b"{]")


def cases() -> list[tuple]:
    """(name, method, path, request keyword arguments, kind, strict)."""
    result = []
    for name, endpoint, body, strict in _rest_bodies():
        request = {"data": body, "headers": JSON_HEADERS}
        result.append((name, "POST", endpoint, request, "rest", strict))
    for index, (kind, path, params, strict) in enumerate(_queries()):
        headers = {"Accept": "application/json"} if kind == "rest" else {}
        request = {"headers": headers, "params": params}
        result.append((f"get{index}", "GET", path, request, kind, strict))
    for name, path, headers, body in _form_posts():
        request = {"data": body, "headers": headers}
        result.append((name, "POST", path, request, "page", True))
    return result
