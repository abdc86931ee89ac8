"""The holes of the security review, each tried the way it was found.

Every test here failed before its fix: a refused step that still wrote, codes
given to whoever resends a letter, PATCH on frozen fields, REST steps without
their data, "false" as consent, unlimited password guessing, reset links that
follow the Host header, REST applications that skipped the form's checks,
missing headers, and production with the default password.
"""

from cases import admin_session
from cases import ANSWERED
from cases import application_data
from cases import apply
from cases import browser_login
from cases import case_url
from cases import JSON
from cases import letter_data
from cases import read
from cases import send_letter
from cases import state
from cases import step
from cases import submit_step_form
from cases import take
from cases import user_session
from conftest import create_user
from deployment import ROOT
from email.header import decode_header
from email.header import make_header
from lxml import html

import base64
import pytest
import re
import requests
import subprocess
import uuid


@pytest.fixture(scope="module", autouse=True)
def generous_limits(portal_url):
    """All test submissions come from 127.0.0.1: lift the per-address limits."""
    response = admin_session().patch(
        f"{portal_url}/@registry",
        json={
            "hami.policy.mailbox.letters_per_hour": 100000,
            "hami.policy.servicehall.applications_per_hour": 100000,
        },
        timeout=60,
    )
    assert response.status_code == 204, response.text


@pytest.fixture(scope="module")
def staff(portal_url) -> dict[str, str]:
    """user id → password, in the groups of the mailbox and the service hall."""
    suffix = uuid.uuid4().hex[:6]
    people = {
        "webmaster": ("fgw-editors",),
        "head": ("fgw-reviewers",),
        "office": ("mailbox-editors",),
        "office_leader": ("mailbox-reviewers",),
        "leader": ("leadership",),
        "centre": ("service-centre-editors",),
        "registrar": ("gsj-editors",),
    }
    return {
        role: (f"{role}-{suffix}", create_user(portal_url, f"{role}-{suffix}", groups))
        for role, groups in people.items()
    }


def as_user(staff, role):
    return user_session(*staff[role])


def answered_letter(portal_url) -> str:
    codes = send_letter(portal_url)
    url = case_url(portal_url, codes["tracking_number"])
    take(url, *ANSWERED)
    assert state(url) == "answered"
    return url


# -- 1. step forms check before they write --


class TestStepFormsGuardFirst:
    def test_webmaster_cannot_change_an_approved_answer(self, portal_url, staff):
        url = answered_letter(portal_url)
        session = browser_login(*staff["webmaster"], portal_url)
        response = submit_step_form(
            session, url, "answer-letter", {"answer": "偷改后的答复"}
        )
        assert response.status_code in (302, 401, 403)
        assert "login" in response.headers.get("Location", "login")
        letter = read(url)
        assert letter["answer"] == "已责成热力公司整改。"
        assert state(url) == "answered"

    def test_webmaster_cannot_move_an_answered_letter(self, portal_url, staff):
        url = answered_letter(portal_url)
        session = browser_login(*staff["webmaster"], portal_url)
        submit_step_form(session, url, "accept-letter", {"department": "jyj"})
        assert read(url)["handling_department"]["token"] == "fgw"  # noqa: S105

    def test_webmaster_cannot_rewrite_the_published_copy(self, portal_url, staff):
        url = answered_letter(portal_url)
        take(
            url,
            (
                "publish",
                {
                    "redacted_title": "咨询社保转移",
                    "redacted_body": "您好，我想咨询社保关系转移。",
                    "redacted_answer": "已责成热力公司整改。",
                },
            ),
        )
        session = browser_login(*staff["webmaster"], portal_url)
        submit_step_form(
            session,
            url,
            "publish-letter",
            {
                "redacted_title": "篡改的标题",
                "redacted_body": "篡改的内容",
                "redacted_answer": "篡改的答复",
            },
        )
        letter = read(url)
        assert letter["redacted_title"] == "咨询社保转移"
        published = requests.get(
            f"{portal_url}/@letters", headers=JSON, timeout=60
        ).json()
        assert "篡改" not in str(published)

    def test_office_may_correct_the_published_copy(self, portal_url, staff):
        url = answered_letter(portal_url)
        take(
            url,
            (
                "publish",
                {
                    "redacted_title": "咨询社保转移",
                    "redacted_body": "您好，我想咨询社保关系转移。",
                    "redacted_answer": "已责成热力公司整改。",
                },
            ),
        )
        session = browser_login(*staff["office"], portal_url)
        response = submit_step_form(
            session,
            url,
            "publish-letter",
            {
                "redacted_title": "咨询社保关系转移",
                "redacted_body": "您好，我想咨询社保关系转移。",
                "redacted_answer": "已责成热力公司整改。",
            },
        )
        assert response.status_code == 302, response.text
        assert read(url)["redacted_title"] == "咨询社保关系转移"

    def test_centre_cannot_rewrite_an_approved_decision(self, portal_url, staff):
        codes = apply(portal_url)
        url = case_url(portal_url, codes["tracking_number"])
        take(
            url,
            ("accept", {}),
            ("start_review", {}),
            ("approve", {"note": "准予变更登记。"}),
        )
        session = browser_login(*staff["centre"], portal_url)
        submit_step_form(
            session,
            url,
            "decide-application",
            {"note": "改为不予变更。"},
            query="decision=deny",
        )
        assert read(url)["decision_note"] == "准予变更登记。"
        assert state(url) == "approved"

    def test_a_step_possible_for_the_role_works_through_its_form(
        self, portal_url, staff
    ):
        codes = send_letter(portal_url)
        url = case_url(portal_url, codes["tracking_number"])
        take(url, ("start_review", {}), ("accept", {"department": "fgw"}))
        session = browser_login(*staff["webmaster"], portal_url)
        response = submit_step_form(
            session, url, "answer-letter", {"answer": "请携带身份证到社保局办理。"}
        )
        assert response.status_code == 302, response.text
        assert state(url) == "answer_review"
        assert read(url)["answer"] == "请携带身份证到社保局办理。"


# -- 2. a resent letter or application shows no codes --


class TestDuplicates:
    def test_resent_letter_reveals_no_codes(self, portal_url, mail_server):
        # written in Uyghur: the answer to a resent letter is in the letter's
        # language (its "language" field), not the request's Accept-Language
        data = letter_data(
            email=f"writer-{uuid.uuid4().hex[:6]}@example.cn", language="ug"
        )
        first = send_letter(portal_url, **data)
        again = requests.post(
            f"{portal_url}/@letters",
            json={**data, "name": "冒名者", "email": "attacker@example.cn"},
            headers={**JSON, "Accept-Language": "ug"},
            timeout=60,
        )
        assert again.status_code == 200
        body = again.json()
        assert body["duplicate"] is True
        assert first["tracking_number"] not in again.text
        assert first["query_code"] not in again.text
        assert "tracking_number" not in body and "query_code" not in body
        assert any("\u0600" <= ch <= "\u06ff" for ch in body["message"])
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in body["message"])

        def to_writer(m) -> bool:
            text = mail_text(m)
            return data["email"] in m["X-Rcpt-Tos"] and first["query_code"] in text

        # wait_for answers at the first match; the codes come in a second mail
        mail_server.wait_for(lambda _m: sum(map(to_writer, mail_server.messages)) > 1)
        mails = [m for m in mail_server.messages if to_writer(m)]
        assert len(mails) >= 2  # the receipt, then the codes again
        assert not [m for m in mail_server.messages if "attacker" in m["X-Rcpt-Tos"]]

    def test_resent_letter_form_shows_no_codes(self, portal_url):
        data = letter_data()
        first = send_letter(portal_url, **data)
        session = requests.Session()
        url = f"{portal_url}/zh-cn/@@write-letter"
        token = html.fromstring(session.get(url, timeout=60).content).xpath(
            "//input[@name='hami_token']/@value"
        )[0]
        form = {k: v for k, v in data.items() if k != "publish_consent"}
        page = session.post(url, data={**form, "hami_token": token}, timeout=60)
        assert page.status_code == 200
        assert first["query_code"] not in page.text
        assert first["tracking_number"] not in page.text
        assert "hami-receipt" in page.text

    def test_resent_application_reveals_no_codes(self, portal_url):
        data = application_data()
        first = apply(portal_url, **data)
        again = requests.post(
            f"{portal_url}/@applications", json=data, headers=JSON, timeout=60
        )
        assert again.status_code == 200
        assert again.json()["duplicate"] is True
        assert first["query_code"] not in again.text
        assert first["tracking_number"] not in again.text


def mail_text(message) -> str:
    subject = str(make_header(decode_header(message["Subject"])))
    payload = message.get_payload(decode=True) or b""
    return subject + payload.decode(message.get_content_charset() or "utf-8")


# -- 3. frozen fields are not writable over REST --


class TestFrozenFields:
    def test_handler_cannot_patch_the_citizens_letter(self, portal_url, staff):
        codes = send_letter(portal_url)
        url = case_url(portal_url, codes["tracking_number"])
        take(url, ("start_review", {}), ("accept", {"department": "fgw"}))
        before = read(url)
        response = as_user(staff, "webmaster").patch(
            url,
            json={"body": "改过的内容", "writer_name": "别人", "phone": "110"},
            timeout=60,
        )
        assert response.status_code in (401, 403)
        after = read(url)
        for name in ("body", "writer_name", "phone", "publish_consent"):
            assert after[name] == before[name]

    def test_office_cannot_give_consent_for_the_writer(self, portal_url, staff):
        codes = send_letter(portal_url, publish_consent=False)
        url = case_url(portal_url, codes["tracking_number"])
        take(url, *ANSWERED)
        office = as_user(staff, "office")
        response = office.patch(url, json={"publish_consent": True}, timeout=60)
        assert response.status_code in (401, 403)
        assert read(url)["publish_consent"] is False
        publish = step(
            office,
            url,
            "publish",
            redacted_title="标题",
            redacted_body="内容",
            redacted_answer="答复",
        )
        assert publish.status_code in (400, 403, 409)
        assert state(url) == "answered"

    def test_approved_answer_not_patchable(self, portal_url, staff):
        url = answered_letter(portal_url)
        for role in ("office", "office_leader", "webmaster"):
            response = as_user(staff, role).patch(
                url, json={"answer": "另一个答复"}, timeout=60
            )
            assert response.status_code in (401, 403), role
        response = admin_session().patch(url, json={"answer": "另一个答复"}, timeout=60)
        assert response.status_code == 403
        assert "workflow" in response.json()["error"]["message"]
        assert read(url)["answer"] == "已责成热力公司整改。"


# -- 4. REST steps carry their data, or are refused --


class TestRESTSteps:
    def test_publish_without_the_redaction_is_refused(self, portal_url, staff):
        url = answered_letter(portal_url)
        response = step(as_user(staff, "office"), url, "publish")
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "redacted_title"
        assert state(url) == "answered"
        for language in ("zh-cn", "ug", "kk", "en"):
            page = requests.get(f"{portal_url}/{language}/@@letters", timeout=60)
            assert page.status_code == 200

    def test_accept_and_answer_need_their_data(self, portal_url, staff):
        codes = send_letter(portal_url)
        url = case_url(portal_url, codes["tracking_number"])
        office = as_user(staff, "office")
        assert step(office, url, "start_review").status_code == 200
        refused = step(office, url, "accept")
        assert refused.status_code == 400
        assert refused.json()["error"]["field"] == "department"
        assert state(url) == "reviewing"
        assert step(office, url, "accept", department="fgw").status_code == 200
        webmaster = as_user(staff, "webmaster")
        refused = step(webmaster, url, "submit_answer")
        assert refused.status_code == 400
        assert state(url) == "accepted"
        done = step(webmaster, url, "submit_answer", answer="已办理。")
        assert done.status_code == 200
        assert read(url)["answer"] == "已办理。"
        assert state(url) == "answer_review"

    def test_a_role_without_the_step_is_refused_and_nothing_changes(
        self, portal_url, staff
    ):
        codes = send_letter(portal_url)
        url = case_url(portal_url, codes["tracking_number"])
        take(url, ("start_review", {}))
        refused = step(as_user(staff, "webmaster"), url, "accept", department="fgw")
        assert refused.status_code in (401, 403)
        assert state(url) == "reviewing"
        assert read(url)["handling_department"] is None

    def test_plones_state_menu_cannot_skip_the_redaction(self, portal_url, staff):
        url = answered_letter(portal_url)
        session = browser_login(*staff["office"], portal_url)
        page = session.get(f"{url}/@@letter-view", timeout=60)
        token = html.fromstring(page.content).xpath(
            "//input[@name='_authenticator']/@value"
        ) or re.findall(r"_authenticator=([0-9a-f]+)", page.text)
        session.get(
            f"{url}/content_status_modify",
            params={"workflow_action": "publish", "_authenticator": token[0]},
            timeout=60,
        )
        assert state(url) == "answered"


# -- 5. booleans are booleans --


@pytest.mark.parametrize("value", ["false", "true", 0, 1, "yes", [True]])
def test_consent_must_be_a_boolean(portal_url, value):
    response = requests.post(
        f"{portal_url}/@letters",
        json=letter_data(publish_consent=value),
        headers=JSON,
        timeout=60,
    )
    assert response.status_code == 400, value
    assert response.json()["error"]["field"] == "publish_consent"


# -- 6. log-in throttling --


class TestLoginThrottle:
    """Through a client behind the (trusted) proxy, each test its own address:
    an address that guessed too much waits, like the account."""

    @pytest.fixture
    def member(self, portal_url):
        username = f"member-{uuid.uuid4().hex[:6]}"
        return username, create_user(portal_url, username)

    @pytest.fixture
    def address(self):
        return {
            "X-Forwarded-For": f"10.44.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"
        }

    def test_basic_auth_guessing_stops_even_the_right_password(
        self, proxied, member, address
    ):
        username, password = member
        codes = []
        for attempt in range(12):
            response = requests.get(
                f"{proxied[attempt % 2]}/@users/{username}",
                auth=(username, f"wrong-{attempt}"),
                headers={**JSON, **address},
                timeout=60,
            )
            codes.append(response.status_code)
        assert codes[:10] == [401] * 10
        assert codes[10:] == [429, 429]
        right = requests.get(
            f"{proxied[0]}/@users/{username}",
            auth=(username, password),
            headers={**JSON, **address, "Accept-Language": "zh-CN"},
            timeout=60,
        )
        assert right.status_code == 429
        assert right.headers["Retry-After"]
        assert "分钟" in right.json()["error"]["message"]
        # the same account from elsewhere: the account waits too
        elsewhere = requests.get(
            f"{proxied[0]}/@users/{username}",
            auth=(username, password),
            headers={**JSON, "X-Forwarded-For": "10.45.0.1"},
            timeout=60,
        )
        assert elsewhere.status_code == 429

    def test_login_form_says_why_in_the_page_language(self, proxied, member, address):
        username, password = member
        for attempt in range(10):
            requests.post(
                f"{proxied[0]}/login",
                data={"__ac_name": username, "__ac_password": f"wrong-{attempt}"},
                headers=address,
                timeout=60,
            )
        refused = requests.post(
            f"{proxied[1]}/ug/login",
            data={"__ac_name": username, "__ac_password": password},
            headers=address,
            timeout=60,
        )
        assert refused.status_code == 429
        page = html.fromstring(refused.content)
        assert page.get("dir") == "rtl"
        message = page.cssselect(".hami-throttled")[0].text_content()
        assert any("\u0600" <= ch <= "\u06ff" for ch in message)
        assert "__ac" not in refused.cookies

    def test_rest_login_is_throttled_too(self, proxied, member, address):
        username, password = member
        for attempt in range(10):
            response = requests.post(
                f"{proxied[0]}/@login",
                json={"login": username, "password": f"wrong-{attempt}"},
                headers={**JSON, **address},
                timeout=60,
            )
            assert response.status_code == 401
        response = requests.post(
            f"{proxied[0]}/@login",
            json={"login": username, "password": password},
            headers={**JSON, **address},
            timeout=60,
        )
        assert response.status_code == 429
        assert response.json()["error"]["message"]

    def test_an_address_guessing_many_accounts_waits(self, proxied, address):
        statuses = []
        for attempt in range(31):
            response = requests.get(
                f"{proxied[0]}/@users",
                auth=(f"nobody-{attempt}", "guess"),
                headers={**JSON, **address},
                timeout=60,
            )
            statuses.append(response.status_code)
        assert statuses[:30] == [401] * 30
        assert statuses[30] == 429

    def test_failures_and_refusals_are_in_the_audit_trail(
        self, portal_url, proxied, member, address
    ):
        username, _password = member
        for attempt in range(11):
            requests.get(
                f"{proxied[0]}/@users/{username}",
                auth=(username, f"wrong-{attempt}"),
                headers={**JSON, **address},
                timeout=60,
            )
        log = admin_session().get(
            f"{portal_url}/@@audit-log.csv", params={"actor": username}, timeout=60
        )
        assert log.status_code == 200
        assert log.text.count("login_failed") == 10
        assert "login_throttled" in log.text
        assert address["X-Forwarded-For"] in log.text


# -- 7. password-reset links ignore the Host header --


def test_password_reset_link_ignores_the_host_header(portal_url, mail_server):
    username = f"reset-{uuid.uuid4().hex[:6]}"
    create_user(portal_url, username)
    session = requests.Session()
    form_url = f"{portal_url}/mail_password_form"
    page = session.get(form_url, timeout=60)
    data = {"userid": username, "form.submitted": "1"}
    token = html.fromstring(page.content).xpath(
        "//input[@name='_authenticator']/@value"
    )
    if token:
        data["_authenticator"] = token[0]
    port = portal_url.split(":")[2].split("/")[0]
    response = session.post(
        f"http://127.0.0.1:{port}/hami/mail_password",
        data=data,
        headers={"Host": "evil.example"},
        timeout=60,
    )
    assert response.status_code < 500, response.text
    mails = mail_server.wait_for(
        lambda m: f"{username}@example.gov.cn" in m["X-Rcpt-Tos"]
    )
    assert mails
    text = mail_text(mails[-1])
    assert "evil.example" not in text
    assert "/passwordreset/" in text


# -- 9. REST applications are checked like the form --


class TestApplicationsLikeTheForm:
    @pytest.mark.parametrize(
        "changes,field",
        [
            ({"company_name": None}, "company_name"),  # required
            ({"colour": "red"}, "fields"),  # not a field of the form
            ({"change_items": "colour"}, "change_items"),  # not one of the choices
            ({"change_details": ["a", "list"]}, "change_details"),  # not text
            ({"company_name": "甲" * (5 * 1024 * 1024)}, "company_name"),  # 5 MB
        ],
    )
    def test_refused_with_the_field(self, portal_url, changes, field):
        fields = {**application_data()["fields"], **changes}
        response = requests.post(
            f"{portal_url}/@applications",
            json=application_data(fields=fields),
            headers=JSON,
            timeout=60,
        )
        assert response.status_code in (400, 413)
        if response.status_code == 400:
            assert response.json()["error"]["field"] == field

    def test_unknown_language_is_a_400(self, portal_url):
        response = requests.post(
            f"{portal_url}/@applications",
            json=application_data(language="xx"),
            headers=JSON,
            timeout=60,
        )
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "language"

    def test_long_names_refused(self, portal_url):
        response = requests.post(
            f"{portal_url}/@letters",
            json=letter_data(name="王" * 500),
            headers=JSON,
            timeout=60,
        )
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "name"


# -- 10. headers and uploads --


class TestHeaders:
    def test_public_page(self, portal_url):
        response = requests.get(f"{portal_url}/zh-cn", timeout=60)
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"]
        assert "X-Powered-By" not in response.headers

    def test_staff_page_with_personal_data_is_never_stored(self, portal_url, staff):
        codes = send_letter(portal_url)
        url = case_url(portal_url, codes["tracking_number"])
        response = as_user(staff, "office").get(
            url, headers={"Accept": "text/html"}, timeout=60
        )
        assert response.status_code == 200
        assert "no-store" in response.headers["Cache-Control"]
        assert "private" in response.headers["Cache-Control"]

    @pytest.mark.parametrize(
        "content",
        [
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            b"<html><body><script>alert(document.cookie)</script></body></html>",
        ],
    )
    def test_markup_disguised_as_text_is_refused(self, portal_url, content):
        response = requests.post(
            f"{portal_url}/@letters",
            json=letter_data(
                attachments=[
                    {"filename": "note.txt", "data": base64.b64encode(content).decode()}
                ]
            ),
            headers=JSON,
            timeout=60,
        )
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "attachments"


# -- 11. production does not start with the default password --


# The profile only names the deployment here: the script runs against the
# test's ZEO client, so production-relstorage needs no PostgreSQL.
@pytest.mark.parametrize("profile", ["production", "production-relstorage"])
def test_production_refuses_the_default_password(deployment, client, profile):
    script = ROOT / "scripts" / "create_site.py"
    result = subprocess.run(
        [str(client.script), "run", str(script)],
        env={
            **deployment.env(),
            "HAMI_PROFILE": profile,
            "ADMIN_PASSWORD": "admin",
        },
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode != 0
    assert "admin" in result.stdout and f"PROFILE={profile}" in result.stdout
    # nothing was changed: the administrator keeps the password it had
    assert (
        admin_session().get(f"{client.url}/hami/@site", timeout=60).status_code == 200
    )


# -- the audit trail --


def test_audit_trail_for_site_administrators_only(portal_url, staff):
    url = answered_letter(portal_url)
    siteadmin = f"auditor-{uuid.uuid4().hex[:6]}"
    password = create_user(portal_url, siteadmin, ("site-administrators",))
    page = user_session(siteadmin, password).get(
        f"{portal_url}/@@audit-log",
        params={"kind": "workflow"},
        headers={"Accept": "text/html"},
        timeout=60,
    )
    assert page.status_code == 200
    path = url.split(":", 2)[2].split("/", 1)[1]
    assert f"/{path}" in page.text
    assert "approve_final" in page.text
    assert "no-store" in page.headers["Cache-Control"]
    csv = user_session(siteadmin, password).get(
        f"{portal_url}/@@audit-log.csv", timeout=60
    )
    assert csv.status_code == 200
    assert csv.text.startswith("\ufefftime,kind,actor,path,detail,address")
    for role in ("webmaster", "office", "leader"):
        refused = as_user(staff, role).get(
            f"{portal_url}/@@audit-log.csv", timeout=60, allow_redirects=False
        )
        assert refused.status_code in (302, 401, 403), role
        assert "time,kind" not in refused.text
