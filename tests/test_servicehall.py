"""The service hall on the running deployment: REST, the status page, 100 at once."""

from concurrent.futures import ThreadPoolExecutor
from deployment import ADMIN_PASSWORD
from lxml import html

import base64
import pytest
import requests
import threading


JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
JSON = {"Accept": "application/json"}


@pytest.fixture(scope="module")
def admin_json():
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers.update(JSON)
    return session


@pytest.fixture(scope="module", autouse=True)
def generous_limits(portal_url, admin_json):
    """All test applications come from 127.0.0.1: lift the per-address limit."""
    response = admin_json.patch(
        f"{portal_url}/@registry",
        json={"hami.policy.servicehall.applications_per_hour": 100000},
        timeout=60,
    )
    assert response.status_code == 204, response.text


def application(**changes) -> dict:
    data = {
        "service": "business-licence-change",
        "language": "zh-cn",
        "applicant_name": "马建国",
        "id_number": "652201198001011234",
        "phone": "13999001122",
        "fields": {
            "company_name": "哈密天山商贸有限公司",
            "credit_code": "91652200MA77XXXX1X",
            "change_items": "address",
            "change_details": "住所变更为天山北路8号。",
        },
        "files": [
            {
                "field": "documents",
                "filename": "scan.jpg",
                "data": base64.b64encode(JPEG).decode(),
            }
        ],
    }
    data.update(changes)
    return data


def post(portal_url, data, session=None):
    return (session or requests).post(
        f"{portal_url}/@applications", json=data, headers=JSON, timeout=300
    )


def test_services_listed_with_their_fields(portal_url):
    response = requests.get(
        f"{portal_url}/@services", params={"language": "kk"}, headers=JSON, timeout=60
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 10
    licence = next(
        item for item in items if item["service_code"] == "business-licence-change"
    )
    assert any("\u0600" <= ch <= "\u06ff" for ch in licence["title"])
    assert {"applicant_name", "phone", "documents"} <= {
        f["id"] for f in licence["fields"]
    }


def test_apply_and_follow(portal_url, admin_json):
    response = post(
        portal_url,
        application(fields={**application()["fields"], "company_name": "跟踪测试公司"}),
    )
    assert response.status_code == 201, response.text
    codes = response.json()
    assert codes["tracking_number"].startswith("SQ")
    status = requests.get(
        f"{portal_url}/@applications/status", params=codes, headers=JSON, timeout=60
    )
    assert status.status_code == 200
    assert status.json()["state"] == "submitted"
    wrong = requests.get(
        f"{portal_url}/@applications/status",
        params={**codes, "query_code": "0000000000"},
        headers=JSON,
        timeout=60,
    )
    assert wrong.status_code == 404


def test_refusals_explained(portal_url):
    assert post(portal_url, application(service="no-such-service")).status_code == 400
    response = post(portal_url, application(phone="call me"))
    assert response.status_code == 400 and response.json()["error"]["field"] == "phone"
    disguised = application(
        files=[
            {
                "field": "documents",
                "filename": "scan.jpg",
                "data": base64.b64encode(b"MZ\x90\x00" * 99).decode(),
            }
        ]
    )
    assert post(portal_url, disguised).status_code == 400


def test_supplement_on_the_status_page(portal_url, admin_json):
    codes = post(
        portal_url,
        application(fields={**application()["fields"], "company_name": "补正测试公司"}),
    ).json()
    found = admin_json.get(
        f"{portal_url}/@search",
        params={"tracking_number": codes["tracking_number"]},
        timeout=60,
    ).json()
    url = found["items"][0]["@id"]
    # the step carries what is missing (test_security.py: no step without it)
    response = admin_json.post(
        f"{url}/@workflow/request_supplement",
        json={"missing": "请补充股东会决议。"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    session = requests.Session()
    page = session.post(
        f"{portal_url}/zh-cn/@@application-status", data=codes, timeout=60
    )
    assert "请补充股东会决议。" in page.text
    assert 'name="files:list"' in page.text
    page = session.post(
        f"{portal_url}/zh-cn/@@application-status",
        data=codes,
        files={"files:list": ("决议.pdf", b"%PDF-1.4 minutes", "application/pdf")},
        timeout=60,
    )
    assert page.status_code == 200
    assert "hami-status-result" in page.text
    state = admin_json.get(f"{url}/@workflow", timeout=60).json()["state"]["id"]
    assert state == "submitted"


def test_statistics(portal_url):
    response = requests.get(
        f"{portal_url}/@applications-stats", headers=JSON, timeout=60
    )
    assert response.status_code == 200
    months = response.json()["months"]
    assert sum(month["total"]["received"] for month in months.values()) >= 1
    page = requests.get(f"{portal_url}/zh-cn/@@service-stats.csv", timeout=60)
    assert page.headers["Content-Type"].startswith("text/csv")
    assert "business-licence-change" in page.text


def test_applications_private(portal_url, admin_json):
    codes = post(
        portal_url,
        application(
            applicant_name="秘密申请人",
            fields={**application()["fields"], "company_name": "隐私测试公司"},
        ),
    ).json()
    found = admin_json.get(
        f"{portal_url}/@search",
        params={"tracking_number": codes["tracking_number"]},
        timeout=60,
    ).json()
    url = found["items"][0]["@id"]
    assert requests.get(url, headers=JSON, timeout=60).status_code == 401
    for query in ({"SearchableText": "秘密申请人"}, {"portal_type": "Application"}):
        result = requests.get(
            f"{portal_url}/@search", params=query, headers=JSON, timeout=60
        ).json()
        assert result["items_total"] == 0
    assert (
        "秘密申请人"
        not in requests.get(f"{portal_url}/zh-cn/@@service-stats", timeout=60).text
    )


def test_hundred_applications_from_twenty_clients(portal_url, admin_json):
    """100 submissions of one form from 20 parallel clients: 100 applications."""

    def count() -> int:
        return admin_json.get(
            f"{portal_url}/@search",
            params={"portal_type": "Application", "b_size": 1},
            timeout=60,
        ).json()["items_total"]

    before = count()
    local = threading.local()

    def send(number: int):
        if not hasattr(local, "session"):
            local.session = requests.Session()
        fields = {**application()["fields"], "company_name": f"并发测试公司{number}"}
        return post(
            portal_url,
            application(phone=f"139{number:08d}", fields=fields),
            local.session,
        )

    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(send, range(100)))
    errors = [(r.status_code, r.text[:200]) for r in responses if r.status_code != 201]
    assert errors == []
    assert len({r.json()["tracking_number"] for r in responses}) == 100
    assert count() - before == 100


def test_status_page_in_uyghur(portal_url):
    page = requests.get(f"{portal_url}/ug/@@application-status", timeout=60)
    root = html.fromstring(page.content)
    assert root.get("dir") == "rtl"
