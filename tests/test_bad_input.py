"""Bad input, everywhere a citizen can send it: no 5xx, a message, nothing stored.

The corpus (badinput.py, 370+ requests) covers the letter and application
endpoints and forms, the status pages, the published letters, the statistics,
the service hall, the portal's search and Plone's ``@search`` and ``@@search``.
Malformed requests get a 4xx whose message is in the request's language
(JSON in Uyghur for REST asked in Uyghur, a page in Chinese under /zh-cn); odd but harmless ones (quotes
in a search) are answered normally; none gets a 5xx, and no malformed request
stores anything.
"""

from badinput import cases
from cases import admin_session

import pytest
import re
import requests


ARABIC = re.compile("[\u0600-\u06ff]")
CHINESE = re.compile("[\u4e00-\u9fff]")
CORPUS = cases()


def stored(portal_url) -> dict[str, int]:
    admin = admin_session()
    counts = {}
    for portal_type in ("Letter", "Application"):
        response = admin.get(
            f"{portal_url}/@search",
            params={"portal_type": portal_type, "b_size": 1},
            timeout=60,
        )
        counts[portal_type] = response.json()["items_total"]
    return counts


def send(portal_url, method, path, request, kind):
    # from an address of its own (through the proxied client): the guesses
    # at status pages must not throttle the other tests' lookups
    headers = {
        **(request.get("headers") or {}),
        "Accept-Language": "ug",
        "X-Forwarded-For": "10.99.0.1",
    }
    return requests.request(
        method,
        f"{portal_url}{path}",
        data=request.get("data"),
        params=request.get("params"),
        headers=headers,
        timeout=120,
    )


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 300
    assert sum(1 for case in CORPUS if case[5]) >= 200


def test_malformed_requests_are_refused_in_the_users_language(portal_url, proxied):
    before = stored(portal_url)
    portal_url = proxied[0]
    failures = []
    for name, method, path, request, kind, strict in CORPUS:
        if not strict:
            continue
        response = send(portal_url, method, path, request, kind)
        problem = None
        if response.status_code >= 500:
            problem = "server error"
        elif response.status_code < 400:
            problem = "accepted"
        elif kind == "rest":
            try:
                message = response.json()["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = ""
            if not ARABIC.search(message or ""):
                problem = f"message not in Uyghur: {message[:80]!r}"
        elif not CHINESE.search(response.text):
            problem = "page not in Chinese"  # the pages are under /zh-cn
        if problem:
            failures.append((name, path[:60], response.status_code, problem))
    assert failures == []
    assert stored(portal_url) == before


@pytest.mark.parametrize("chunk", range(4))
def test_odd_but_harmless_requests_never_fail(proxied, chunk):
    portal_url = proxied[0]
    lenient = [case for case in CORPUS if not case[5]]
    failures = []
    for name, method, path, request, kind, _strict in lenient[chunk::4]:
        response = send(portal_url, method, path, request, kind)
        if response.status_code >= 500:
            failures.append((name, path[:60], response.status_code))
    assert failures == []
