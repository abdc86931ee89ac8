"""A day in a department's web office, in Chromium: write, submit, approve, publish."""

from conftest import create_user
from conftest import login
from deployment import ADMIN_PASSWORD
from pathlib import Path

import pytest
import requests


TITLE = "哈密地区发改委召开重点项目推进会"


@pytest.fixture(scope="module")
def staff(portal_url):
    return {
        "webmaster-a": create_user(portal_url, "webmaster-a", ("fgw-editors",)),
        "leader-a": create_user(portal_url, "leader-a", ("fgw-reviewers",)),
        "webmaster-b": create_user(portal_url, "webmaster-b", ("jyj-editors",)),
    }


@pytest.fixture(scope="module")
def photo(tmp_path_factory) -> Path:
    from PIL import Image

    path = tmp_path_factory.mktemp("img") / "meeting.png"
    Image.new("RGB", (320, 200), (200, 30, 40)).save(path)
    return path


def workflow(page, item_url: str, transition: str, state: str) -> None:
    """Use the toolbar's state menu, as a person would."""
    page.click("#plone-contentmenu-workflow > a.dropdown-toggle")
    with page.expect_navigation():
        page.click(f"#workflow-transition-{transition}")
    page.wait_for_load_state("networkidle")
    assert page.locator(".portalMessage").count() >= 1  # "Item state changed."
    response = requests.get(
        f"{item_url}/@workflow",
        auth=("admin", ADMIN_PASSWORD),
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.json()["state"]["id"] == state


def test_news_item_from_draft_to_front_page(
    browser, portal_url, staff, photo, output_dir
):
    department = f"{portal_url}/zh-cn/departments/fgw"

    # The webmaster of department A writes a news item with a photo.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, "webmaster-a", staff["webmaster-a"])
    page.goto(f"{department}/news/++add++News Item")
    page.fill("#form-widgets-IDublinCore-title", TITLE)
    page.fill(
        "#form-widgets-IDublinCore-description", "会议部署了下半年重点项目建设工作。"
    )
    page.frame_locator("iframe[id$='_ifr']").locator("body").fill(
        "7月15日，地区发改委召开重点项目推进会。"
    )
    page.set_input_files("#form-widgets-ILeadImageBehavior-image-input", str(photo))
    page.click("#form-buttons-save")
    page.wait_for_load_state("networkidle")
    item_url = page.url.split("?")[0].removesuffix("/view")
    assert page.locator("h1").inner_text() == TITLE
    workflow(page, item_url, "submit", "pending_department")
    page.screenshot(path=output_dir / "publishing-submitted.png", full_page=True)
    context.close()

    # Not public yet.
    assert requests.get(item_url, timeout=60).status_code in (401, 403, 404) or (
        "login" in requests.get(item_url, timeout=60).url
    )

    # The webmaster of department B may not edit it.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, "webmaster-b", staff["webmaster-b"])
    response = page.goto(f"{item_url}/edit")
    assert (
        response.status in (401, 403)
        or "require_login" in page.url
        or (page.locator("#form-buttons-save").count() == 0)
    )
    context.close()

    # The leader of department A approves; the news column needs no final review.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, "leader-a", staff["leader-a"])
    page.goto(item_url)
    workflow(page, item_url, "approve", "published")
    context.close()

    # Everyone sees it on the department's home page and on the portal's.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(department)
    assert page.locator(f"#hami-column-news a:text('{TITLE}')").count() == 1
    page.goto(f"{portal_url}/zh-cn")
    link = page.locator(f"#hami-home-news a:text('{TITLE}')")
    assert link.count() == 1
    page.screenshot(path=output_dir / "publishing-home.png", full_page=True)
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("img[src*='@@images/image']").count() >= 1
    context.close()
