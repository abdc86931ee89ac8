"""Office automation on the real deployment, over HTTP as each person:
staff only, the document's steps through REST with their guards, the number
unique under twenty registrations at once on two clients, the receipts."""

from concurrent.futures import ThreadPoolExecutor
from datetime import date
from datetime import timedelta
from deployment import ADMIN_PASSWORD

import base64
import pytest
import re
import requests


PDF = base64.b64encode(b"%PDF-1.4\n% signed and sealed\n").decode()
PEOPLE = {
    "drafter": "hm0079",  # fgw
    "office": "hm0078",  # fgw's general office
    "head": "hm0074",  # fgw's head
    "jyj_office": "hm0097",
    "jyj_staff": "hm0098",
}


@pytest.fixture(scope="module")
def staff(portal_url, proxied) -> dict[str, requests.Session]:
    """Sessions of real people of the staff directory, with passwords set by
    the administrator; each on its own forwarded address (log-in throttle)."""
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    admin.headers["Accept"] = "application/json"
    sessions = {}
    for number, (role, userid) in enumerate(PEOPLE.items()):
        password = f"pw-{userid}-oa-2026"
        response = admin.patch(
            f"{portal_url}/@users/{userid}", json={"password": password}, timeout=60
        )
        assert response.status_code == 204, response.text
        session = requests.Session()
        session.auth = (userid, password)
        session.headers["Accept"] = "application/json"
        session.headers["X-Forwarded-For"] = f"10.77.0.{number + 1}"
        sessions[role] = session
    return sessions


def new_document(portal_url, staff, **fields) -> str:
    body = {
        "@type": "OfficialDocument",
        "title": "关于开展冬季安全生产大检查的通知",
        "kind": "notice",
        "issuing_unit": "fgw",
        "main_recipients": ["jyj", "gsj"],
        "urgency": "urgent",
        "classification": "internal",
        "text": {"data": "<p>各单位：请于十二月底前完成检查。</p>"},
    }
    body.update(fields)
    response = staff["drafter"].post(
        f"{portal_url}/oa/documents", json=body, timeout=60
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def step(session, url, transition, **data):
    return session.post(f"{url}/@workflow/{transition}", json=data, timeout=120)


def signed(portal_url, staff) -> str:
    url = new_document(portal_url, staff)
    assert step(staff["drafter"], url, "submit").status_code == 200
    assert step(staff["office"], url, "approve_check").status_code == 200
    response = step(staff["head"], url, "sign", opinion="同意印发")
    assert response.status_code == 200, response.text
    return url


def test_the_area_is_refused_to_visitors(portal_url, anonymous):
    for path in ("oa", "oa/directory", "oa/documents", "oa/directory/hm0078"):
        response = anonymous.get(f"{portal_url}/{path}", timeout=60)
        assert response.status_code in (401, 403, 404) or "login" in response.url
        assert "林磊萍" not in response.text
    response = anonymous.get(
        f"{portal_url}/@staff", headers={"Accept": "application/json"}, timeout=60
    )
    assert response.status_code == 401
    found = anonymous.get(
        f"{portal_url}/@search",
        params={"portal_type": ["Person", "OfficialDocument", "OAFolder"]},
        headers={"Accept": "application/json"},
        timeout=60,
    ).json()
    assert found["items_total"] == 0
    sitemap = anonymous.get(f"{portal_url}/sitemap.xml.gz", timeout=60)
    assert b"/oa" not in sitemap.content


def test_staff_find_each_other_and_mobiles_stay_inside(portal_url, staff):
    found = (
        staff["jyj_staff"]
        .get(f"{portal_url}/@staff", params={"q": "林磊萍"}, timeout=60)
        .json()
    )
    assert [p["id"] for p in found["items"]] == ["hm0078"]
    assert found["items"][0]["mobile"]
    page = staff["jyj_staff"].get(
        f"{portal_url}/oa/directory",
        params={"unit": "fgw"},
        headers={"Accept": "text/html"},
        timeout=60,
    )
    assert page.status_code == 200 and "林磊萍" in page.text
    assert "private" in page.headers.get("Cache-Control", "")
    card = staff["jyj_staff"].get(
        f"{portal_url}/oa/directory/@@staff-directory.vcf",
        params={"unit": "fgw"},
        timeout=60,
    )
    assert card.status_code == 200 and card.text.count("BEGIN:VCARD") >= 7


def test_steps_over_rest_with_their_guards(portal_url, staff):
    url = new_document(portal_url, staff)
    assert step(staff["drafter"], url, "submit").status_code == 200
    # the drafter cannot check their own draft; the office can
    refused = step(staff["drafter"], url, "approve_check")
    assert refused.status_code in (401, 403), refused.text
    assert step(staff["office"], url, "approve_check").status_code == 200
    # the office cannot sign off; nothing is written
    refused = step(staff["office"], url, "sign", opinion="同意")
    assert refused.status_code == 403, refused.text
    document = staff["office"].get(url, timeout=60).json()
    assert document["review_state"] == "signing"
    response = step(staff["head"], url, "sign", opinion="同意印发")
    assert response.status_code == 200, response.text
    # once signed, nobody edits the text
    patch = staff["drafter"].patch(url, json={"title": "改过的标题"}, timeout=60)
    assert patch.status_code in (401, 403)
    # not a PDF: a clear message, no number taken
    fake = base64.b64encode(b"GIF89a").decode()
    refused = step(
        staff["office"], url, "register", signed_pdf={"data": fake, "filename": "a.pdf"}
    )
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "signed_pdf"
    response = step(
        staff["office"], url, "register", signed_pdf={"data": PDF, "filename": "s.pdf"}
    )
    assert response.status_code == 200, response.text
    document = staff["office"].get(url, timeout=60).json()
    assert re.fullmatch(r"哈发改发〔\d{4}〕\d+号", document["doc_number"])


def test_bad_documents_are_refused_with_a_message(portal_url, staff):
    base = {
        "@type": "OfficialDocument",
        "title": "测试",
        "kind": "notice",
        "issuing_unit": "fgw",
        "main_recipients": ["jyj"],
        "text": {"data": "<p>正文</p>"},
    }
    for change in (
        {"classification": "secret"},
        {"main_recipients": []},
        {"kind": "request", "main_recipients": ["jyj", "gsj"]},
    ):
        response = staff["drafter"].post(
            f"{portal_url}/oa/documents", json={**base, **change}, timeout=60
        )
        assert response.status_code == 400, (change, response.text)
        assert response.status_code < 500


def test_twenty_registrations_at_once_get_twenty_numbers(portal_url, staff, proxied):
    urls = [signed(portal_url, staff) for _ in range(20)]
    sessions = []
    for _ in range(20):
        session = requests.Session()
        session.auth = staff["office"].auth
        session.headers.update(staff["office"].headers)
        sessions.append(session)

    def register(index: int):
        # the two production-like clients share the database: conflicts are real
        url = urls[index].replace(portal_url, proxied[index % 2])
        return step(
            sessions[index],
            url,
            "register",
            signed_pdf={"data": PDF, "filename": "s.pdf"},
        )

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(register, range(20)))
    assert [a.status_code for a in answers] == [200] * 20, [a.text for a in answers]
    numbers = [
        staff["office"].get(url, timeout=60).json()["doc_number"] for url in urls
    ]
    serials = sorted(int(re.search(r"〕(\d+)号", n).group(1)) for n in numbers)
    assert len(set(serials)) == 20
    assert serials == list(range(serials[0], serials[0] + 20))  # no gaps


def test_receipts_over_rest(portal_url, staff):
    url = signed(portal_url, staff)
    step(
        staff["office"], url, "register", signed_pdf={"data": PDF, "filename": "s.pdf"}
    )
    inbox = staff["jyj_office"].get(f"{portal_url}/@oa-inbox", timeout=60).json()
    waiting = {item["kind"]: item for item in inbox["items"]}
    assert waiting["sign"]["count"] >= 1
    refused = staff["jyj_staff"].post(
        f"{url}/@oa-receipts", json={"action": "sign", "unit": "jyj"}, timeout=60
    )
    assert refused.status_code == 403
    signed_for = staff["jyj_office"].post(
        f"{url}/@oa-receipts", json={"action": "sign", "unit": "jyj"}, timeout=60
    )
    assert signed_for.status_code == 200, signed_for.text
    assert signed_for.json()["signed_by"] == "hm0097"
    past = (date.today() - timedelta(days=3)).isoformat()
    refused = staff["jyj_office"].post(
        f"{url}/@oa-receipts",
        json={"action": "assign", "unit": "jyj", "handler": "hm0098", "deadline": past},
        timeout=60,
    )
    assert refused.status_code == 400 and refused.json()["error"]["field"] == "deadline"
    soon = (date.today() + timedelta(days=3)).isoformat()
    assigned = staff["jyj_office"].post(
        f"{url}/@oa-receipts",
        json={"action": "assign", "unit": "jyj", "handler": "hm0098", "deadline": soon},
        timeout=60,
    )
    assert assigned.status_code == 200, assigned.text
    closed = staff["jyj_staff"].post(
        f"{url}/@oa-receipts",
        json={"action": "close", "unit": "jyj", "reply": "已部署检查。"},
        timeout=60,
    )
    assert closed.status_code == 200, closed.text
    tracking = staff["office"].get(f"{url}/@oa-receipts", timeout=60).json()
    stages = {r["unit"]: r["stage"] for r in tracking["items"]}
    assert stages == {"jyj": "closed", "gsj": "sent"}
    page = staff["office"].get(url, headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 200 and "hami-tracking" in page.text
    # the user menu counts what waits: gsj has not signed for it yet
    home = requests.get(
        f"{portal_url}/oa",
        auth=staff["jyj_staff"].auth,
        headers={"X-Forwarded-For": "10.77.1.1"},
        timeout=60,
    )
    assert re.search(r'id="personaltools-oa-work"', home.text)
