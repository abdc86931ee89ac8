"""Staff e-mail on real servers: Debian's Postfix and Dovecot started by the
Makefile (``make mail-start``) on loopback ports with their data in a
directory of their own, and a portal whose client keeps their tables
(HAMI_MAIL_ROOT) and sends its own mail through that Postfix, as
``make start PROFILE=production`` runs them.

Mail is read over IMAP with the people's portal passwords."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from deployment import ADMIN_PASSWORD
from deployment import Deployment
from deployment import free_port
from deployment import ROOT
from pathlib import Path

import imaplib
import pytest
import re
import requests
import shutil
import smtplib
import ssl
import subprocess
import tempfile
import time


SITE = "hami"
JYJ = (
    "hm0094",
    "hm0095",
    "hm0096",
    "hm0097",
    "hm0098",
    "hm0099",
    "hm0100",
    "hm0101",
    "hm0102",
)
TLS = ssl.create_default_context()
TLS.check_hostname = False
TLS.verify_mode = ssl.CERT_NONE  # the self-signed certificate of a test server


@dataclass
class Mail:
    root: Path
    ports: dict[str, int]
    portal_url: str
    admin: requests.Session
    output: str = ""

    def imap(self, user: str, password: str) -> imaplib.IMAP4:
        connection = imaplib.IMAP4("127.0.0.1", self.ports["imap"])
        connection.starttls(ssl_context=TLS)
        connection.login(user, password)
        return connection

    def login(self, user: str, password: str) -> imaplib.IMAP4:
        """Log in over IMAP with a password just set in the portal. Dovecot
        re-reads the accounts file at most once a second: allow two."""
        deadline = time.monotonic() + 2.5
        while True:
            try:
                return self.imap(user, password)
            except imaplib.IMAP4.error:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def subjects(self, user: str, password: str) -> list[str]:
        connection = self.login(user, password)
        try:
            connection.select("INBOX", readonly=True)
            _, data = connection.search(None, "ALL")
            found = []
            for number in data[0].split():
                _, parts = connection.fetch(number, "(BODY[HEADER.FIELDS (SUBJECT)])")
                header = parts[0][1].decode("utf-8", "replace")
                found.append(_decode(header.partition(":")[2].strip()))
            return found
        finally:
            connection.logout()

    def submission(self, user: str, password: str) -> smtplib.SMTP:
        self.login(user, password).logout()  # the accounts file has it
        connection = smtplib.SMTP("127.0.0.1", self.ports["submission"], timeout=30)
        connection.starttls(context=TLS)
        connection.login(user, password)
        return connection

    def person(self, login: str) -> dict:
        response = self.admin.get(f"{self.portal_url}/oa/directory/{login}", timeout=60)
        assert response.status_code == 200, response.text
        return response.json()

    def set_password(self, login: str, password: str) -> None:
        response = self.admin.patch(
            f"{self.portal_url}/@users/{login}", json={"password": password}, timeout=60
        )
        assert response.status_code == 204, response.text


def _decode(subject: str) -> str:
    from email.header import decode_header
    from email.header import make_header

    return str(make_header(decode_header(subject.replace("\r\n", ""))))


def wait_until(check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


def make(*args: str) -> None:
    command = ["make", "--no-print-directory", *args]
    subprocess.run(command, cwd=ROOT, check=True, timeout=300)


@pytest.fixture(scope="module")
def mail(tmp_path_factory, mail_server) -> Iterator[Mail]:
    # Postfix's and Dovecot's users reach this directory (pytest's is private)
    root = Path(tempfile.mkdtemp(prefix="hami-mail-", dir="/tmp"))
    root.chmod(0o755)
    ports = {
        name: free_port() for name in ("smtp", "submission", "portal", "imap", "lmtp")
    }
    server = [
        f"MAIL_ROOT={root}",
        f"MAIL_SMTP_PORT={ports['smtp']}",
        f"MAIL_SUBMISSION_PORT={ports['submission']}",
        f"MAIL_PORTAL_PORT={ports['portal']}",
        f"MAIL_IMAP_PORT={ports['imap']}",
        f"MAIL_LMTP_PORT={ports['lmtp']}",
        # mail for other domains goes on to the tests' SMTP server, not DNS
        f"MAIL_RELAYHOST=[127.0.0.1]:{mail_server.port}",
    ]
    deployment = Deployment(home=tmp_path_factory.mktemp("hami-mail-portal"))
    deployment.environment = {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(ports["portal"]),
        "MAIL_FROM": "noreply@hami.gov.cn",
        "HAMI_MAIL_ROOT": str(root),
    }
    try:
        make("mail-start", *server)
        deployment.start_zeo()
        client = deployment.add_client("instance")
        deployment.site_creation_output = deployment.run_script(
            client, ROOT / "scripts" / "create_site.py"
        )
        deployment.start_client(client)
        admin = requests.Session()
        admin.auth = ("admin", ADMIN_PASSWORD)
        admin.headers["Accept"] = "application/json"
        yield Mail(
            root=root,
            ports=ports,
            portal_url=f"{client.url}/{SITE}",
            admin=admin,
            output=deployment.site_creation_output,
        )
    finally:
        deployment.stop()
        make("mail-stop", f"MAIL_ROOT={root}")
        shutil.rmtree(root, ignore_errors=True)


def test_site_creation_provisions_every_person_and_list(mail):
    assert f"Staff e-mail tables in {mail.root}" in mail.output
    mailboxes = (mail.root / "maps" / "mailboxes").read_text().splitlines()
    assert len(mailboxes) >= 420
    aliases = dict(
        line.split(" ", 1)
        for line in (mail.root / "maps" / "aliases").read_text().splitlines()
    )
    units = [
        a
        for a in aliases
        if a.split("@")[0] not in ("staff", "leaders", "postmaster", "abuse")
    ]
    assert len(units) >= 54
    # staff see their address in the directory and on their profile
    person = mail.person("hm0098")
    assert re.fullmatch(r"[a-z0-9.]+@hami\.gov\.cn", person["email"]), person["email"]
    assert person["email"] in aliases["jyj@hami.gov.cn"]
    profile = mail.admin.get(f"{mail.portal_url}/@users/hm0098", timeout=60).json()
    assert profile["email"] == person["email"]
    # the administrators' page: accounts, lists, the last run, no errors
    page = requests.get(
        f"{mail.portal_url}/@@staff-mail", auth=("admin", ADMIN_PASSWORD), timeout=60
    )
    assert page.status_code == 200
    assert "jyj@hami.gov.cn" in page.text and "mail-status" in page.text
    refused = requests.get(f"{mail.portal_url}/@@staff-mail", timeout=60)
    assert "mail-status" not in refused.text


def test_a_notice_to_a_unit_list_reaches_every_member(mail):
    passwords = {login: f"Jyj-{login}-2026" for login in JYJ}
    for login, password in passwords.items():
        mail.set_password(login, password)
    office = "hm0078"  # fgw's general office sends the notice
    mail.set_password(office, "Fgw-office-2026")
    fgw = requests.Session()
    fgw.auth = (office, "Fgw-office-2026")
    fgw.headers["Accept"] = "application/json"

    def notice(title: str) -> None:
        response = fgw.post(
            f"{mail.portal_url}/oa/documents",
            json={
                "@type": "Notice",
                "title": title,
                "issuing_unit": "fgw",
                "units": ["jyj"],
                "text": {"data": "<p>请各位按时参加。</p>"},
            },
            timeout=120,
        )
        assert response.status_code == 201, response.text

    first = "关于召开冬季安全工作会议的通知"
    notice(first)
    for login, password in passwords.items():
        address = mail.person(login)["email"]
        assert wait_until(
            lambda a=address, p=password: any(first in s for s in mail.subjects(a, p))
        ), login

    # hm0099 moves to gsj: the next notice to jyj no longer reaches them
    response = mail.admin.patch(
        f"{mail.portal_url}/oa/directory/hm0099", json={"unit": "gsj"}, timeout=60
    )
    assert response.status_code == 204, response.text
    second = "关于报送年度工作总结的通知"
    notice(second)
    stayed = mail.person("hm0098")["email"]
    assert wait_until(
        lambda: any(second in s for s in mail.subjects(stayed, passwords["hm0098"]))
    )
    moved = mail.person("hm0099")["email"]
    time.sleep(2)  # what was delivered to the others has had its time
    subjects = mail.subjects(moved, passwords["hm0099"])
    assert any(first in s for s in subjects) and not any(second in s for s in subjects)


def test_one_password_for_the_portal_and_mail(mail):
    login = "hm0341"  # gsj's office
    address = mail.person(login)["email"]
    mail.set_password(login, "Gsj-first-2026")
    mail.login(address, "Gsj-first-2026").logout()
    mail.imap(login, "Gsj-first-2026").logout()  # the portal's login works too
    mail.set_password(login, "Gsj-second-2026")
    mail.login(address, "Gsj-second-2026").logout()  # at once (within Dovecot's second)
    with pytest.raises(imaplib.IMAP4.error):
        mail.imap(address, "Gsj-first-2026")
    # the hash in the tables is the portal's own: no password in the clear
    passwd = (mail.root / "maps" / "passwd").read_text()
    assert "Gsj-second-2026" not in passwd and "{SSHA}" in passwd
    assert oct((mail.root / "maps" / "passwd").stat().st_mode & 0o777) == "0o640"


def test_a_person_who_leaves_loses_mail_login_and_keeps_the_mail(mail):
    login = "hm0343"
    address = mail.person(login)["email"]
    mail.set_password(login, "Gsj-staff-2026")
    with smtplib.SMTP("127.0.0.1", mail.ports["smtp"], timeout=30) as smtp:
        smtp.sendmail(
            "someone@example.org", [address], b"Subject: before leaving\r\n\r\nhi\r\n"
        )
    assert wait_until(
        lambda: "before leaving" in mail.subjects(address, "Gsj-staff-2026")
    )
    response = mail.admin.patch(
        f"{mail.portal_url}/oa/directory/{login}", json={"active": False}, timeout=60
    )
    assert response.status_code == 204, response.text
    time.sleep(1.5)  # Dovecot's second (see Mail.login)
    with pytest.raises(imaplib.IMAP4.error):
        mail.imap(address, "Gsj-staff-2026")
    with pytest.raises(imaplib.IMAP4.error):
        mail.imap(login, "Gsj-staff-2026")
    kept = list((mail.root / "vmail" / login / "Maildir").glob("*/*"))
    assert any(
        b"before leaving" in path.read_bytes() for path in kept if path.is_file()
    )
    # and new mail for them is refused, not lost silently
    with smtplib.SMTP("127.0.0.1", mail.ports["smtp"], timeout=30) as smtp:
        smtp.ehlo("mx.example.org")
        smtp.mail("someone@example.org")
        code, _ = smtp.rcpt(address)
    assert code == 550


def test_the_server_refuses_strangers_relaying_and_unauthorised_list_senders(mail):
    with smtplib.SMTP("127.0.0.1", mail.ports["smtp"], timeout=30) as smtp:
        smtp.ehlo("mx.example.org")
        smtp.mail("someone@example.org")
        assert smtp.rcpt("nobody-here@hami.gov.cn")[0] == 550  # unknown address
        smtp.rset()
        smtp.mail("someone@example.org")
        assert smtp.rcpt("friend@example.com")[0] == 554  # no relaying
        smtp.rset()
        smtp.mail("someone@example.org")
        assert smtp.rcpt("staff@hami.gov.cn")[0] == 554  # internal list
        smtp.rset()
        smtp.mail("someone@example.org")
        assert smtp.rcpt("jyj@hami.gov.cn")[0] == 250  # a unit's public address
    # submission: a password is required, and only the general office and the
    # leadership write to all staff
    with smtplib.SMTP("127.0.0.1", mail.ports["submission"], timeout=30) as smtp:
        smtp.starttls(context=TLS)
        smtp.ehlo("laptop")
        code, _ = smtp.mail("hm0098@hami.gov.cn")
        if code == 250:
            code, _ = smtp.rcpt("friend@example.com")
        assert code >= 500
    mail.set_password("hm0080", "Fgw-staff-2026")
    sender = mail.person("hm0080")["email"]
    with mail.submission(sender, "Fgw-staff-2026") as smtp:
        smtp.mail(sender)
        assert smtp.rcpt("staff@hami.gov.cn")[0] == 554
        smtp.rset()
        smtp.mail(mail.person("hm0078")["email"])  # as someone else
        assert smtp.rcpt("fgw@hami.gov.cn")[0] == 553
    mail.set_password("hm0068", "Xsb-office-2026")  # the general office
    office = mail.person("hm0068")["email"]
    with mail.submission(office, "Xsb-office-2026") as smtp:
        smtp.mail(office)
        assert smtp.rcpt("staff@hami.gov.cn")[0] == 250


def send(mail: Mail, to: str, subject: str) -> None:
    with smtplib.SMTP("127.0.0.1", mail.ports["smtp"], timeout=30) as smtp:
        smtp.sendmail("someone@example.org", [to], f"Subject: {subject}\r\n\r\nhi\r\n")


def test_an_administrator_changes_an_address_and_the_old_one_still_arrives(mail):
    login = "hm0100"
    old = mail.person(login)["email"]
    mail.set_password(login, "Jyj-renamed-2026")
    send(mail, old, "before the rename")
    assert wait_until(
        lambda: "before the rename" in mail.subjects(old, "Jyj-renamed-2026")
    )
    taken = mail.person("hm0101")["email"].split("@")[0]
    for local in (taken, "fgw", "staff", "Not An Address"):
        response = mail.admin.patch(
            f"{mail.portal_url}/oa/directory/{login}",
            json={"mail_local": local},
            timeout=60,
        )
        assert response.status_code == 400, (local, response.text)
    assert mail.person(login)["email"] == old
    response = mail.admin.patch(
        f"{mail.portal_url}/oa/directory/{login}",
        json={"mail_local": "shicheng.jyj"},
        timeout=60,
    )
    assert response.status_code == 204, response.text
    assert mail.person(login)["email"] == "shicheng.jyj@hami.gov.cn"
    send(mail, old, "to the old address")
    # one mailbox: what came before the rename and what the old address gets
    assert wait_until(
        lambda: (
            {"before the rename", "to the old address"}
            <= set(mail.subjects("shicheng.jyj@hami.gov.cn", "Jyj-renamed-2026"))
        )
    )


def test_only_site_administrators_change_addresses_or_write_the_tables(mail):
    login = "hm0102"
    mail.set_password(login, "Jyj-own-2026")
    person = requests.Session()
    person.auth = (login, "Jyj-own-2026")
    person.headers["Accept"] = "application/json"
    before = mail.person(login)["email"]
    stamp = (mail.root / "maps" / "status.json").stat().st_mtime_ns
    response = person.patch(
        f"{mail.portal_url}/oa/directory/{login}",
        json={"mail_local": "boss"},
        timeout=60,
    )
    assert response.status_code in (401, 403)
    response = person.post(
        f"{mail.portal_url}/@@staff-mail", data={"sync": "1"}, timeout=60
    )
    assert response.status_code in (401, 403)
    assert mail.person(login)["email"] == before
    assert (mail.root / "maps" / "status.json").stat().st_mtime_ns == stamp
