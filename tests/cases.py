"""Helpers of the deployment tests that handle letters and applications over HTTP."""

from __future__ import annotations

from deployment import ADMIN_PASSWORD
from lxml import html

import base64
import requests
import uuid


JSON = {"Accept": "application/json"}
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def admin_session() -> requests.Session:
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers.update(JSON)
    return session


def user_session(username: str, password: str) -> requests.Session:
    """A member's REST session (basic auth, JSON)."""
    session = requests.Session()
    session.auth = (username, password)
    session.headers.update(JSON)
    return session


def letter_data(**changes) -> dict:
    data = {
        "letter_type": "consultation",
        "addressed_to": "mailbox",
        "title": "咨询社保转移手续",
        "body": f"您好，我想咨询社保关系转移需要哪些材料。{uuid.uuid4().hex}",
        "name": "王小花",
        "phone": "13912345678",
        "email": "wangxiaohua@example.cn",
        "publish_consent": True,
    }
    data.update(changes)
    return data


def application_data(**changes) -> dict:
    data = {
        "service": "business-licence-change",
        "language": "zh-cn",
        "applicant_name": "马建国",
        "id_number": "652201198001011234",
        "phone": "13999001122",
        "email": "majianguo@example.cn",
        "fields": {
            "company_name": f"哈密天山商贸有限公司{uuid.uuid4().hex[:6]}",
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


def send_letter(portal_url: str, **changes) -> dict:
    response = requests.post(
        f"{portal_url}/@letters", json=letter_data(**changes), headers=JSON, timeout=60
    )
    assert response.status_code == 201, response.text
    return response.json()


def apply(portal_url: str, **changes) -> dict:
    response = requests.post(
        f"{portal_url}/@applications",
        json=application_data(**changes),
        headers=JSON,
        timeout=60,
    )
    assert response.status_code == 201, response.text
    return response.json()


def case_url(portal_url: str, tracking_number: str) -> str:
    found = admin_session().get(
        f"{portal_url}/@search", params={"tracking_number": tracking_number}, timeout=60
    )
    (item,) = found.json()["items"]
    return item["@id"]


def read(url: str) -> dict:
    """A case as the administrator sees it over REST."""
    response = admin_session().get(url, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def state(url: str) -> str:
    return read(url)["review_state"]


def step(session: requests.Session, url: str, transition: str, **data):
    """A workflow step over REST, with the step's data."""
    return session.post(f"{url}/@workflow/{transition}", json=data, timeout=60)


def take(url: str, *steps: tuple) -> None:
    """Steps taken by the administrator, which must all succeed."""
    admin = admin_session()
    for transition, data in steps:
        response = step(admin, url, transition, **data)
        assert response.status_code == 200, (transition, response.text)


ANSWERED = (
    ("start_review", {}),
    ("accept", {"department": "fgw"}),
    ("submit_answer", {"answer": "已责成热力公司整改。"}),
    ("approve_answer", {}),
    ("approve_final", {}),
)


def browser_login(username: str, password: str, portal_url: str) -> requests.Session:
    """A member logged in through Plone's log-in form (cookie session)."""
    session = requests.Session()
    page = session.get(f"{portal_url}/login", timeout=60)
    form = html.fromstring(page.content)
    data = {
        "__ac_name": username,
        "__ac_password": password,
        "buttons.login": "Log in",
        "came_from": "",
    }
    for name in ("_authenticator", "form.submitted"):
        values = form.xpath(f"//input[@name='{name}']/@value")
        if values:
            data[name] = values[0]
    session.post(f"{portal_url}/login", data=data, timeout=60)
    return session


def submit_step_form(
    session: requests.Session, url: str, view: str, fields: dict, query: str = ""
):
    """Open a step's form like a person would and save it; the response."""
    form_url = f"{url}/@@{view}" + (f"?{query}" if query else "")
    page = session.get(form_url, timeout=60)
    data = {f"form.widgets.{name}": value for name, value in fields.items()}
    data["form.buttons.save"] = "Save"
    if page.status_code == 200:
        tokens = html.fromstring(page.content).xpath(
            "//input[@name='_authenticator']/@value"
        )
        if tokens:
            data["_authenticator"] = tokens[0]
    return session.post(form_url, data=data, timeout=60, allow_redirects=False)
