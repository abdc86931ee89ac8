"""Behind the front server: who the citizen is, and limits all clients share.

Production runs the clients with ``trusted-proxy 127.0.0.1``
(profiles/production.cfg): Zope then takes the citizen's address from
X-Forwarded-For, and only from the proxy. The limits per address and the
throttle on guessed query codes are counted in the database, so a second
client does not give an address a second allowance.
"""

from cases import admin_session
from cases import JSON
from cases import letter_data
from cases import send_letter
from deployment import ROOT

import pytest
import requests


@pytest.fixture
def two_letters_an_hour(portal_url):
    admin = admin_session()
    admin.patch(
        f"{portal_url}/@registry",
        json={"hami.policy.mailbox.letters_per_hour": 2},
        timeout=60,
    )
    yield
    admin.patch(
        f"{portal_url}/@registry",
        json={"hami.policy.mailbox.letters_per_hour": 100000},
        timeout=60,
    )


def post(url, forwarded_for=None):
    headers = dict(JSON)
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    return requests.post(
        f"{url}/@letters", json=letter_data(), headers=headers, timeout=60
    )


def test_production_trusts_the_local_proxy():
    production = (ROOT / "profiles" / "production.cfg").read_text()
    assert "trusted-proxy 127.0.0.1" in production


def test_each_citizen_has_their_own_allowance(proxied, two_letters_an_hour):
    url = proxied[0]
    assert post(url, "10.8.0.1").status_code == 201
    assert post(url, "10.8.0.1").status_code == 201
    third = post(url, "10.8.0.1")
    assert third.status_code == 429
    assert third.json()["error"]["message"]
    # another citizen behind the same proxy is not held up
    assert post(url, "10.8.0.2").status_code == 201
    # nor does the other client give the first one more
    assert post(proxied[1], "10.8.0.1").status_code == 429
    # a forged header in front of the proxy's does not help: the proxy
    # appends the real address, and Zope takes the last untrusted one
    assert post(url, "1.2.3.4, 10.8.0.1").status_code == 429


def test_without_a_trusted_proxy_the_header_is_ignored(portal_url, two_letters_an_hour):
    # the development client trusts no proxy: three letters "from" three
    # addresses are three letters from 127.0.0.1, the third over the limit
    statuses = [post(portal_url, f"10.9.0.{n}").status_code for n in range(3)]
    assert statuses[-1] == 429


def test_guesses_on_two_clients_count_once(portal_url, proxied):
    codes = send_letter(portal_url)
    address = {**JSON, "X-Forwarded-For": "10.6.6.6"}
    for attempt in range(10):
        response = requests.get(
            f"{proxied[attempt % 2]}/@letters/status",
            params={
                "tracking_number": codes["tracking_number"],
                "query_code": f"{attempt:010d}",
            },
            headers=address,
            timeout=60,
        )
        assert response.status_code == 404, attempt
    for url in proxied:
        response = requests.get(
            f"{url}/@letters/status", params=codes, headers=address, timeout=60
        )
        assert response.status_code == 429
    # another address is not blocked
    response = requests.get(
        f"{proxied[0]}/@letters/status",
        params=codes,
        headers={**JSON, "X-Forwarded-For": "10.6.6.7"},
        timeout=60,
    )
    assert response.status_code == 200
