"""Many citizens at once: 200 letters from 20 parallel clients, none lost or doubled."""

from concurrent.futures import ThreadPoolExecutor
from deployment import ADMIN_PASSWORD

import pytest
import requests
import threading


LETTERS = 200
CLIENTS = 20


@pytest.fixture(scope="module")
def admin_json():
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers["Accept"] = "application/json"
    return session


def count_letters(portal_url, admin_json) -> int:
    result = admin_json.get(
        f"{portal_url}/@search",
        params={"portal_type": "Letter", "b_size": 1},
        timeout=60,
    ).json()
    return result["items_total"]


def test_two_hundred_letters_from_twenty_clients(portal_url, admin_json):
    response = admin_json.patch(
        f"{portal_url}/@registry",
        json={"hami.policy.mailbox.letters_per_hour": 100000},
        timeout=60,
    )
    assert response.status_code == 204
    before = count_letters(portal_url, admin_json)
    local = threading.local()

    def send(number: int):
        if not hasattr(local, "session"):
            local.session = requests.Session()
        return local.session.post(
            f"{portal_url}/@letters",
            json={
                "letter_type": "suggestion",
                "addressed_to": "mailbox",
                "title": f"关于公交线路的建议{number}",
                "body": f"建议增开第{number}路公交车，方便市民出行。",
                "name": f"市民{number}",
                "phone": f"139{number:08d}",
                "publish_consent": False,
            },
            headers={"Accept": "application/json"},
            timeout=300,
        )

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        responses = list(pool.map(send, range(LETTERS)))

    errors = [(r.status_code, r.text[:200]) for r in responses if r.status_code != 201]
    assert errors == []
    numbers = {r.json()["tracking_number"] for r in responses}
    assert len(numbers) == LETTERS
    assert count_letters(portal_url, admin_json) - before == LETTERS
