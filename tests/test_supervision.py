"""The supervision of the columns on the running deployment: REST, who may see
what, a publication turning a column fresh, the daily digest over real SMTP."""

from conftest import create_user
from datetime import datetime
from deployment import ADMIN_PASSWORD
from deployment import ROOT
from zoneinfo import ZoneInfo

import pytest
import requests
import uuid


JSON = {"Accept": "application/json"}
BEIJING = ZoneInfo("Asia/Shanghai")  # the portal's clock
UNIT = "zzb"  # 地委组织部: no other test gives it webmasters
OTHER = "xcb"


@pytest.fixture(scope="module")
def people(portal_url):
    suffix = uuid.uuid4().hex[:5]
    groups = {
        "webmaster": (f"{UNIT}-editors",),
        "leader": (f"{UNIT}-reviewers",),
        "centre": ("centre-reviewers",),
        "member": (),
    }
    sessions = {}
    for role, member_of in groups.items():
        name = f"sv-{role}-{suffix}"
        password = create_user(portal_url, name, member_of)
        session = requests.Session()
        session.auth = (name, password)
        session.headers.update(JSON)
        sessions[role] = session
    sessions["webmaster"].email = f"sv-webmaster-{suffix}@example.gov.cn"
    return sessions


def freshness(session, portal_url, **params):
    return session.get(f"{portal_url}/@freshness", params=params, timeout=120)


def test_webmaster_sees_their_department_only(people, portal_url):
    mine = freshness(people["webmaster"], portal_url, department=UNIT)
    assert mine.status_code == 200, mine.text
    body = mine.json()
    assert [site["id"] for site in body["departments"]] == [UNIT]
    columns = body["departments"][0]["columns"]
    assert {column["@id"].rsplit("/", 1)[-1] for column in columns} == {
        "news",
        "notices",
        "policies",
        "guides",
        "leaders",
        "overview",
    }
    assert freshness(people["leader"], portal_url, department=UNIT).status_code == 200
    for params in ({"department": OTHER}, {}):
        assert freshness(people["webmaster"], portal_url, **params).status_code == 403
    assert freshness(people["member"], portal_url, department=UNIT).status_code == 403
    anonymous = requests.Session()
    anonymous.headers.update(JSON)
    assert freshness(anonymous, portal_url, department=UNIT).status_code == 401
    page = people["webmaster"].get(
        f"{portal_url}/zh-cn/departments/{OTHER}/@@supervision",
        headers={"Accept": "text/html"},
        allow_redirects=False,
        timeout=60,
    )
    assert page.status_code in (302, 401, 403)
    assert "hami-columns-table" not in page.text


def test_centre_sees_every_department(people, portal_url):
    response = freshness(people["centre"], portal_url)
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["departments"]) == 54  # every unit of the organisation file
    assert body["portal"]["checks"][0]["id"] == "home"


def test_publication_makes_a_column_fresh(people, portal_url):
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    admin.headers.update(JSON)
    column = f"{portal_url}/zh-cn/departments/{OTHER}/news"

    def status():
        body = freshness(people["centre"], portal_url, department=OTHER).json()
        columns = body["departments"][0]["columns"]
        return next(c for c in columns if c["@id"] == column)

    assert status()["status"] == "empty"
    created = admin.post(
        column, json={"@type": "News Item", "title": "宣传部召开工作会议"}, timeout=60
    )
    assert created.status_code == 201, created.text
    item = created.json()["@id"]
    assert status()["status"] == "empty"  # a draft is no update
    published = admin.post(f"{item}/@workflow/publish", json={}, timeout=60)
    assert published.status_code == 200, published.text
    after = status()
    assert after["status"] == "fresh"
    assert after["last_published"] == str(datetime.now(BEIJING).date())


def test_assessment_of_the_running_month(people, portal_url):
    month = datetime.now(BEIJING).strftime("%Y-%m")
    response = people["centre"].get(
        f"{portal_url}/@assessment", params={"month": month}, timeout=120
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["final"] is False
    scores = {unit["id"]: unit["score"] for unit in body["departments"]}
    assert len(scores) == 54
    assert all(0 <= score <= 100 for score in scores.values())
    refused = people["webmaster"].get(
        f"{portal_url}/@assessment", params={"month": month}, timeout=60
    )
    assert refused.status_code == 403


def test_daily_digest_once(people, deployment, client, portal_url, mail_server):
    deployment.environment["PORTAL_URL"] = portal_url
    try:
        first = deployment.run_script(client, ROOT / "scripts" / "daily.py")
        address = people["webmaster"].email
        digests = mail_server.wait_for(lambda m: address in m["X-Rcpt-Tos"])
        assert len(digests) == 1, first
        second = deployment.run_script(client, ROOT / "scripts" / "daily.py")
    finally:
        del deployment.environment["PORTAL_URL"]
    assert "mailed 0 departments" in second
    mail_server.wait_for(lambda m: False, timeout=3)
    assert len([m for m in mail_server.messages if address in m["X-Rcpt-Tos"]]) == 1
    from email.header import decode_header
    from email.header import make_header

    digest = digests[0]
    subject = str(make_header(decode_header(digest["Subject"])))
    body = digest.get_payload(decode=True).decode(digest.get_content_charset())
    assert subject == "地委组织部：6 个栏目需要更新"
    assert f"{portal_url}/zh-cn/departments/{UNIT}/news" in body
    assert f"{portal_url}/zh-cn/departments/{UNIT}/@@supervision" in body
    leader = [m for m in mail_server.messages if "sv-leader" in m["X-Rcpt-Tos"]]
    assert leader == []
