"""The commissioner's mailbox on the running deployment: REST, forms, bad input, privacy."""

from conftest import create_user
from deployment import ADMIN_PASSWORD
from lxml import html

import base64
import pytest
import requests
import uuid


JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def letter(**changes) -> dict:
    data = {
        "letter_type": "consultation",
        "addressed_to": "mailbox",
        "title": "咨询社保转移手续",
        "body": f"您好，我想咨询社保关系转移需要哪些材料。{uuid.uuid4().hex}",
        "name": "王小花",
        "phone": "13912345678",
        "publish_consent": True,
    }
    data.update(changes)
    return data


def post(portal_url, data, address_session=None):
    session = address_session or requests.Session()
    return session.post(
        f"{portal_url}/@letters",
        json=data,
        headers={"Accept": "application/json"},
        timeout=60,
    )


@pytest.fixture(scope="module")
def admin_json():
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers["Accept"] = "application/json"
    return session


@pytest.fixture(scope="module", autouse=True)
def generous_limits(portal_url, admin_json):
    """All test letters come from 127.0.0.1: lift the per-address limit."""
    response = admin_json.patch(
        f"{portal_url}/@registry",
        json={"hami.policy.mailbox.letters_per_hour": 100000},
        timeout=60,
    )
    assert response.status_code == 204, response.text


class TestREST:
    def test_post_returns_codes(self, portal_url):
        response = post(portal_url, letter())
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["tracking_number"].startswith("XJ")
        assert len(body["query_code"]) == 10

    def test_status_with_codes(self, portal_url):
        codes = post(portal_url, letter()).json()
        response = requests.get(
            f"{portal_url}/@letters/status",
            params=codes,
            headers={"Accept": "application/json"},
            timeout=60,
        )
        assert response.status_code == 200
        assert response.json()["state"] == "awaiting"
        assert response.json()["answer"] is None

    def test_refusal_is_explained(self, portal_url):
        response = post(portal_url, letter(title="短"))
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "title"
        assert response.json()["error"]["message"]

    def test_disguised_executable_refused(self, portal_url):
        data = letter(
            attachments=[
                {
                    "filename": "photo.jpg",
                    "data": base64.b64encode(b"MZ\x90\x00" * 100).decode(),
                }
            ]
        )
        response = post(portal_url, data)
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "attachments"

    def test_oversized_file_refused(self, portal_url):
        big = JPEG + b"\x00" * (1024 * 1024 + 1)
        data = letter(
            attachments=[
                {"filename": "big.jpg", "data": base64.b64encode(big).decode()}
            ]
        )
        response = post(portal_url, data)
        assert response.status_code == 400

    def test_resent_letter_is_one_letter(self, portal_url, admin_json):
        data = letter()
        first = post(portal_url, data).json()
        second = post(portal_url, data)
        assert second.status_code == 200
        assert second.json()["duplicate"] is True
        assert first["query_code"] not in second.text  # see test_security.py
        found = admin_json.get(
            f"{portal_url}/@search",
            params={
                "portal_type": "Letter",
                "SearchableText": first["tracking_number"],
            },
            timeout=60,
        ).json()
        assert found["items_total"] == 1

    def test_wrong_code_ten_times(self, portal_url):
        codes = post(portal_url, letter()).json()
        session = requests.Session()
        messages = set()
        for attempt in range(10):
            response = session.get(
                f"{portal_url}/@letters/status",
                params={
                    "tracking_number": codes["tracking_number"],
                    "query_code": f"{attempt:010d}",
                },
                headers={"Accept": "application/json"},
                timeout=60,
            )
            assert response.status_code == 404
            messages.add(response.json()["error"]["message"])
        assert len(messages) == 1
        response = session.get(
            f"{portal_url}/@letters/status",
            params=codes,
            headers={"Accept": "application/json"},
            timeout=60,
        )
        assert response.status_code == 429

    def test_letters_private_in_rest_and_search(self, portal_url, admin_json):
        codes = post(portal_url, letter(name="赵秘密", phone="13800001111")).json()
        found = admin_json.get(
            f"{portal_url}/@search",
            params={"tracking_number": codes["tracking_number"], "fullobjects": 1},
            timeout=60,
        ).json()["items"]
        assert len(found) == 1
        url = found[0]["@id"]
        anonymous = requests.get(
            url, headers={"Accept": "application/json"}, timeout=60
        )
        assert anonymous.status_code == 401
        member = create_user(portal_url, f"citizen-{uuid.uuid4().hex[:6]}")
        assert member
        for query in ({"SearchableText": "赵秘密"}, {"portal_type": "Letter"}):
            result = requests.get(
                f"{portal_url}/@search",
                params=query,
                headers={"Accept": "application/json"},
                timeout=60,
            ).json()
            assert result["items_total"] == 0
        page = requests.get(url, timeout=60)
        assert "赵秘密" not in page.text and "13800001111" not in page.text


class TestForm:
    def form(self, session, url):
        page = session.get(url, timeout=60)
        assert page.status_code == 200
        token = html.fromstring(page.content).xpath(
            "//input[@name='hami_token']/@value"
        )[0]
        return token

    def test_refusal_in_uyghur_with_form_refilled(self, portal_url):
        session = requests.Session()
        url = f"{portal_url}/ug/@@write-letter"
        token = self.form(session, url)
        response = session.post(
            url,
            data={
                "hami_token": token,
                "letter_type": "suggestion",
                "addressed_to": "mailbox",
                "title": "يول",  # three letters: too short
                "body": "مەھەللىمىزدىكى يولنى ئوڭشاش كېرەك.",
                "name": "ئابدۇرېھىم",
                "phone": "13999990000",
            },
            timeout=60,
        )
        assert response.status_code == 400
        page = html.fromstring(response.content)
        assert page.get("dir") == "rtl"
        error = page.cssselect(".hami-form-error")[0].text_content()
        assert any("\u0600" <= ch <= "\u06ff" for ch in error)  # said in Uyghur
        assert (
            page.xpath("//textarea[@name='body']")[0].text
            == "مەھەللىمىزدىكى يولنى ئوڭشاش كېرەك."
        )
        assert page.xpath("//input[@name='name']/@value") == ["ئابدۇرېھىم"]

    def test_without_token_refused(self, portal_url):
        response = requests.post(
            f"{portal_url}/zh-cn/@@write-letter", data=letter(), timeout=60
        )
        assert response.status_code == 403

    def test_honeypot(self, portal_url):
        session = requests.Session()
        url = f"{portal_url}/zh-cn/@@write-letter"
        token = self.form(session, url)
        response = session.post(
            url,
            data={**letter(), "hami_token": token, "website": "http://spam"},
            timeout=60,
        )
        assert response.status_code == 400

    def test_invalid_utf8_is_refused_cleanly(self, portal_url):
        session = requests.Session()
        url = f"{portal_url}/zh-cn/@@write-letter"
        token = self.form(session, url)
        body = (
            f"hami_token={token}&letter_type=complaint&addressed_to=mailbox"
            "&title=%E4%BE%9B%E6%9A%96%E9%97%AE%E9%A2%98&name=%E6%9D%8E&phone=13899887766"
            "&body=%FF%FE%FD%E4"
        )
        response = session.post(
            url,
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=60,
        )
        # bytes that are not UTF-8 are turned away before the form reads
        # them (hami.policy.security.wsgi), with a message in the language
        assert response.status_code == 400
        assert "hami-bad-request" in response.text
        assert "UTF-8" in response.text

    def test_markup_and_bidi_tricks_stay_inert(self, portal_url, admin_json):
        session = requests.Session()
        url = f"{portal_url}/zh-cn/@@write-letter"
        token = self.form(session, url)
        response = session.post(
            url,
            data={
                **letter(
                    title="<b>供暖</b>\u202egpj.exe",
                    body='<script>alert("x")</script><img src=x onerror=alert(1)>',
                    name="<i>李</i>",
                ),
                "hami_token": token,
            },
            timeout=60,
        )
        assert response.status_code == 200, response.text
        number = (
            html.fromstring(response.content).cssselect(".hami-tracking-number")[0].text
        )
        found = admin_json.get(
            f"{portal_url}/@search", params={"tracking_number": number}, timeout=60
        ).json()
        page = requests.get(
            found["items"][0]["@id"], auth=("admin", ADMIN_PASSWORD), timeout=60
        )
        assert "<script>alert" not in page.text
        assert "&lt;script&gt;" in page.text
        assert "onerror=alert(1)>" not in page.text
        assert "\u202e" not in page.text


def test_daily_job_is_safe_to_run_twice(deployment, client):
    from deployment import ROOT

    first = deployment.run_script(client, ROOT / "scripts" / "daily.py")
    second = deployment.run_script(client, ROOT / "scripts" / "daily.py")
    assert "Reminded" in first
    assert "Reminded 0 letters" in second
