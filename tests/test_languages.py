"""Four languages on the deployment: lang and dir on every kind of page."""

from conftest import create_user
from lxml import html

import pytest
import requests


EXPECTED = {
    "zh-cn": ("zh-cn", "ltr"),
    "ug": ("ug", "rtl"),
    "kk": ("kk-Arab", "rtl"),
    "en": ("en", "ltr"),
}
PUBLIC_PAGES = (
    "",
    "/departments/fgw",
    "/departments/fgw/news",
    "/@@write-letter",
    "/@@letters",
    "/@@letter-status",
    "/@@letter-stats",
    "/@@hami-search?SearchableText=test",
)
EDIT_PAGES = (
    "/departments/fgw/news/++add++News Item",
    "/departments/fgw/edit",
    "/folder_contents",
)


def lang_and_dir(response):
    root = html.fromstring(response.content)
    return root.get("lang"), root.get("dir")


@pytest.fixture(scope="module")
def site_admin(portal_url):
    password = create_user(portal_url, "languages-admin", ("site-administrators",))
    session = requests.Session()
    session.auth = ("languages-admin", password)
    return session


@pytest.mark.parametrize("code", list(EXPECTED))
@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_pages(portal_url, code, page):
    response = requests.get(f"{portal_url}/{code}{page}", timeout=60)
    assert response.status_code == 200
    assert lang_and_dir(response) == EXPECTED[code]


@pytest.mark.parametrize("code", list(EXPECTED))
@pytest.mark.parametrize("page", EDIT_PAGES)
def test_editing_pages(portal_url, site_admin, code, page):
    response = site_admin.get(f"{portal_url}/{code}{page}", timeout=60)
    assert response.status_code == 200
    assert lang_and_dir(response) == EXPECTED[code]


def tiny_options(response) -> dict:
    """TinyMCE's settings, as the rich text widget hands them to the browser."""
    import json

    chooser = html.fromstring(response.content).cssselect(
        "[data-pat-textareamimetypeselector]"
    )[0]
    options = json.loads(chooser.get("data-pat-textareamimetypeselector"))
    return options["widgets"]["text/html"]["patternOptions"]["tiny"]


@pytest.mark.parametrize("code", ["ug", "kk"])
def test_editor_writes_right_to_left(portal_url, site_admin, code):
    response = site_admin.get(
        f"{portal_url}/{code}/departments/fgw/news/++add++News Item", timeout=60
    )
    assert tiny_options(response)["directionality"] == "rtl"


def test_chinese_editor_left_to_right(portal_url, site_admin):
    response = site_admin.get(
        f"{portal_url}/zh-cn/departments/fgw/news/++add++News Item", timeout=60
    )
    assert tiny_options(response).get("directionality", "ltr") == "ltr"


def arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


@pytest.mark.parametrize("code", ["ug", "kk"])
def test_plone_texts_translated(portal_url, code):
    """Plone ships no Uyghur or Kazakh: the theme brings what citizens read."""
    page = html.fromstring(requests.get(f"{portal_url}/{code}", timeout=60).content)
    assert arabic(page.cssselect("#searchGadget")[0].get("placeholder"))
    assert arabic(page.cssselect("#personaltools-login")[0].text_content())
    footer = page.cssselect("#portal-footer")[0].text_content()
    for english in ("Site Map", "Accessibility", "Contact"):
        assert english not in footer


@pytest.mark.parametrize(
    ("code", "service_hall", "mailbox"),
    [
        ("zh-cn", "网上办事大厅", "专员信箱"),
        ("ug", "تور مۇلازىمەت زالى", "ۋالىي خەت ساندۇقى"),
        ("kk", "تورداعى قىزمەت زالى", "ۋالي حات جاشىگى"),
        ("en", "Online service hall", "Commissioner's mailbox"),
    ],
)
def test_main_navigation_has_service_hall_and_mailbox(
    portal_url, code, service_hall, mailbox
):
    """On the home page and on a department site, in the page's language."""
    for path in (code, f"{code}/departments/fgw"):
        response = requests.get(f"{portal_url}/{path}", timeout=60)
        navigation = html.fromstring(response.content).cssselect("#portal-globalnav")
        tabs = {
            link.text_content().strip(): link.get("href")
            for link in navigation[0].cssselect("a")
        }
        assert tabs[service_hall] == f"{portal_url}/{code}/@@service-hall"
        assert tabs[mailbox] == f"{portal_url}/{code}/@@letters"
