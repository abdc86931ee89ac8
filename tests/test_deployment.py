"""The deployment `make run` starts: ZEO server, Zope client, the site, over HTTP."""

from deployment import ROOT
from lxml import html

import pytest
import requests
import uuid


PORTAL_NAMES = {
    "zh-cn": "哈密政府网",
    "ug": "قۇمۇل ھۆكۈمەت تورى",
    "kk": "قۇمىل ۇكىمەت تورابى",
    "en": "Hami Government Portal",
}
LANGUAGES = {
    "zh-cn": ("zh-cn", "ltr", "中文"),
    "ug": ("ug", "rtl", "ئۇيغۇرچە"),
    "kk": ("kk-Arab", "rtl", "قازاقشا"),
    "en": ("en", "ltr", "English"),
}


def test_site_created_with_title(deployment, anonymous, portal_url):
    assert "Site 'hami' created" in deployment.site_creation_output
    response = anonymous.get(portal_url)
    assert response.status_code == 200
    title = html.fromstring(response.content).findtext(".//title")
    assert "哈密政府网" in title


@pytest.mark.parametrize(
    "accept,code",
    [("ug", "ug"), ("zh-CN,zh;q=0.9", "zh-cn"), ("en-US,en", "en"), ("fr", "zh-cn")],
)
def test_portal_root_sends_citizens_to_their_language(portal_url, accept, code):
    response = requests.get(portal_url, headers={"Accept-Language": accept}, timeout=60)
    assert response.url == f"{portal_url}/{code}"


def test_language_chosen_in_the_switcher_is_remembered(anonymous, portal_url):
    page = html.fromstring(anonymous.get(f"{portal_url}/zh-cn").content)
    links = {
        a.text_content().strip(): a.get("href")
        for a in page.cssselect("#portal-languageselector a")
    }
    assert set(links) == {"中文", "ئۇيغۇرچە", "قازاقشا", "English"}
    response = anonymous.get(links["قازاقشا"])
    assert response.url.split("?")[0] == f"{portal_url}/kk"
    response = anonymous.get(portal_url, headers={"Accept-Language": "en"})
    assert response.url == f"{portal_url}/kk"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_language_root_lang_and_direction(anonymous, portal_url, code):
    lang, direction, _native = LANGUAGES[code]
    response = anonymous.get(f"{portal_url}/{code}")
    assert response.status_code == 200
    root = html.fromstring(response.content)
    assert root.get("lang") == lang
    assert root.get("dir") == direction
    assert root.findtext(".//title") == PORTAL_NAMES[code]


def test_rest_api_site_endpoint(anonymous, portal_url):
    response = anonymous.get(
        f"{portal_url}/@site", headers={"Accept": "application/json"}
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json()["plone.site_title"] == "哈密政府网"


def test_admin_password_comes_from_environment(portal_url):
    from deployment import ADMIN_PASSWORD

    headers = {"Accept": "application/json"}
    good = requests.get(
        f"{portal_url}/@users/admin",
        auth=("admin", ADMIN_PASSWORD),
        headers=headers,
        timeout=60,
    )
    bad = requests.get(
        f"{portal_url}/@users", auth=("admin", "admin"), headers=headers, timeout=60
    )
    assert good.status_code != 401
    assert bad.status_code == 401


def test_site_creation_is_idempotent(deployment, client):
    data_fs = deployment.var / "filestorage" / "Data.fs"
    size = data_fs.stat().st_size
    output = deployment.run_script(client, ROOT / "scripts" / "create_site.py")
    assert "Site 'hami' exists" in output
    assert data_fs.stat().st_size == size, "a second run wrote to the database"


def create_page(admin, portal_url, title: str) -> str:
    response = admin.post(
        f"{portal_url}/zh-cn",
        json={"@type": "Document", "title": title, "id": f"p-{uuid.uuid4().hex[:8]}"},
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def test_content_lives_in_zeo_not_in_the_client(deployment, client, admin, portal_url):
    title = "哈密地区行政公署通知"
    url = create_page(admin, portal_url, title)
    deployment.stop_client(client)
    deployment.start_client(client)
    response = admin.get(url)
    assert response.status_code == 200
    assert response.json()["title"] == title


def test_second_client_serves_the_same_database(deployment, admin, portal_url):
    """Production runs two clients on one ZEO server (profiles/production.cfg)."""
    second = deployment.clients.get("instance2") or deployment.add_client("instance2")
    deployment.start_client(second)
    try:
        url = create_page(admin, portal_url, "双客户端测试")
        on_second = url.replace(portal_url, f"{second.url}/hami")
        response = admin.get(on_second)
        assert response.status_code == 200
        assert response.json()["title"] == "双客户端测试"
    finally:
        deployment.stop_client(second)
