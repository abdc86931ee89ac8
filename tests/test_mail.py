"""Mail on the running deployment: queued, so SMTP trouble never loses work."""

from conftest import create_user

import requests
import uuid


def test_submission_survives_a_mail_server_outage(portal_url, mail_server):
    suffix = uuid.uuid4().hex[:6]
    editor = f"editor-{suffix}"
    reviewer = f"leader-{suffix}"
    password = create_user(portal_url, editor, ("fgw-editors",))
    create_user(portal_url, reviewer, ("fgw-reviewers",))
    session = requests.Session()
    session.auth = (editor, password)
    session.headers["Accept"] = "application/json"
    response = session.post(
        f"{portal_url}/zh-cn/departments/fgw/news",
        json={"@type": "News Item", "title": "停电期间提交的新闻"},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    item = response.json()["@id"]

    mail_server.stop()
    try:
        response = session.post(f"{item}/@workflow/submit", json={}, timeout=60)
        assert response.status_code == 200, response.text
        state = session.get(f"{item}/@workflow", timeout=60).json()["state"]["id"]
        assert state == "pending_department"
    finally:
        mail_server.start()

    to_reviewer = mail_server.wait_for(
        lambda m: f"{reviewer}@example.gov.cn" in m["X-Rcpt-Tos"], timeout=60
    )
    assert len(to_reviewer) == 1
