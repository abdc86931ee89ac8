"""Every link on the portal leads to a page that works, for staff and citizens.

A bounded crawl of the running deployment, after a letter and an application
have come in: an administrator follows the links of every page they see
(toolbar, dashboards, case areas, forms), a citizen those of the public
pages. No link may end in a server error or "page not found", and no public
page may show a citizen's personal data.
"""

from deployment import ADMIN_PASSWORD
from lxml import html as lxml_html
from urllib.parse import urldefrag
from urllib.parse import urljoin
from urllib.parse import urlsplit

import base64
import collections
import pytest
import re
import requests


JSON = {"Accept": "application/json"}
JPEG = base64.b64encode(b"\xff\xd8\xff\xe0" + b"\x00" * 64).decode()
# what the citizens below send; none of it may be on a public page
PERSONAL = ("温晓岚", "13809021234", "蒲志坚", "652201197703035678", "13709025678")

# Links that change something when followed, or are not pages of the portal.
SKIP = re.compile(
    r"logout|delete|content_status_modify|workflow_action|_authenticator|"
    r"object_(cut|copy|paste|rename)|@@iterate|checkout|"
    r"/manage(_|$|\?)|/portal_|undo|@@create_translation|\+\+addtranslation\+\+|"
    r"\+\+resource\+\+|\+\+plone\+\+|\+\+theme\+\+|@@images|@@download|"
    r"@@display-file|sitemap\.xml\.gz|\.(csv|xlsx|ics|vcf)(\?|$)|"
    r"RSS|rss|atom|b_start|@@search\?|mailto:|tel:"
)
PAGES_PER_SHAPE = 2  # the 54 department sites share their templates
MAX_PAGES = 450


def shape(url: str) -> str:
    """One key for pages that differ only by department or item (each
    language is crawled: its translations and its direction differ)."""
    path = urlsplit(url).path
    path = re.sub(r"/(departments|counties)/[^/]+", r"/\1/*", path)
    path = re.sub(r"/[^/@]*\d[^/@]*", "/#", path)  # ids with numbers
    return path


def crawl(session: requests.Session, start: list[str], prefix: str):
    """Breadth first from ``start``; returns (pages seen, failures, bodies)."""
    queue = collections.deque(start)
    seen: set[str] = set()
    shapes: collections.Counter = collections.Counter()
    failures, bodies = [], []
    while queue and len(seen) < MAX_PAGES:
        url = urldefrag(queue.popleft())[0]
        if url in seen or not url.startswith(prefix) or SKIP.search(url):
            continue
        if shapes[shape(url)] >= PAGES_PER_SHAPE:
            continue
        seen.add(url)
        shapes[shape(url)] += 1
        response = session.get(url, timeout=120)
        if response.status_code >= 500 or response.status_code == 404:
            failures.append(f"{response.status_code} {url}")
            continue
        if "html" not in response.headers.get("Content-Type", ""):
            continue
        bodies.append((response.url, response.text))
        document = lxml_html.fromstring(response.content)
        for href in document.xpath("//a/@href"):
            queue.append(urljoin(response.url, href.strip()))
    return seen, failures, bodies


@pytest.fixture(scope="module")
def cases(portal_url):
    """A letter and an application from citizens, as the REST clients send them."""
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    admin.headers.update(JSON)
    response = admin.patch(
        f"{portal_url}/@registry",
        json={
            "hami.policy.mailbox.letters_per_hour": 100000,
            "hami.policy.servicehall.applications_per_hour": 100000,
        },
        timeout=60,
    )
    assert response.status_code == 204, response.text
    letter = requests.post(
        f"{portal_url}/@letters",
        headers=JSON,
        json={
            "letter_type": "complaint",
            "addressed_to": "mailbox",
            "title": "小区供暖温度不达标",
            "body": "我是温晓岚，电话13809021234，小区暖气一直不热。",
            "name": "温晓岚",
            "phone": "13809021234",
            "publish_consent": True,
            "language": "zh-cn",
            "attachments": [{"filename": "photo.jpg", "data": JPEG}],
        },
        timeout=120,
    )
    assert letter.status_code == 201, letter.text
    application = requests.post(
        f"{portal_url}/@applications",
        headers=JSON,
        json={
            "service": "business-licence-change",
            "language": "zh-cn",
            "applicant_name": "蒲志坚",
            "id_number": "652201197703035678",
            "phone": "13709025678",
            "fields": {
                "company_name": "哈密瓜果商贸有限公司",
                "credit_code": "91652200MA77YYYY2Y",
                "change_items": "address",
                "change_details": "住所变更。",
            },
            "files": [{"field": "documents", "filename": "scan.jpg", "data": JPEG}],
        },
        timeout=120,
    )
    assert application.status_code == 201, application.text
    return letter.json(), application.json()


def test_staff_links_all_work(portal_url, cases):
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    start = [
        f"{portal_url}/zh-cn",
        f"{portal_url}/ug",
        f"{portal_url}/zh-cn/@@service-centre",
        f"{portal_url}/zh-cn/@@supervision",
        f"{portal_url}/kk/@@assessment",
        f"{portal_url}/en/@@annual-report",
        f"{portal_url}/@@supervision",
    ]
    seen, failures, _bodies = crawl(admin, start, portal_url)
    # the case areas, the dashboards and the department sites were reached
    for part in ("/@@service-centre", "/@@supervision", "/departments/"):
        assert any(part in url for url in seen), part
    assert len(seen) > 100
    assert failures == []


def test_public_links_all_work_and_show_no_personal_data(portal_url, cases):
    citizen = requests.Session()
    start = [f"{portal_url}/{language}" for language in ("zh-cn", "ug", "kk", "en")]
    seen, failures, bodies = crawl(citizen, start, portal_url)
    # from the home pages, citizens reach the service hall and the mailbox
    for part in ("@@service-hall", "@@application-status", "@@write-letter"):
        assert any(url.endswith(part) for url in seen), part
    for part in ("@@letters", "@@letter-status", "@@letter-stats", "/guides/"):
        assert any(part in url for url in seen), part
    assert len(seen) > 100
    assert failures == []
    leaks = [
        (url, secret) for url, body in bodies for secret in PERSONAL if secret in body
    ]
    assert leaks == []
