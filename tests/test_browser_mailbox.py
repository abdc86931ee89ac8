"""A Uyghur citizen's letter, in Chromium: written, handled, answered, published."""

from conftest import create_user
from conftest import login
from deployment import ADMIN_PASSWORD

import pytest
import requests
import uuid


TITLE = "مەكتەپ يولىدىكى چىراغ بۇزۇلغان"
BODY = "مېنىڭ ئىسمىم ئايگۈل، تېلېفونۇم 13911112222. مەكتەپ يولىدىكى چىراغ ئۈچ ھەپتىدىن بۇيان ئۆچۈك."
ANSWER = "ئىدارىمىز چىراغنى 3 كۈن ئىچىدە ئوڭشايدۇ. ئايگۈل خانىمغا رەھمەت."


@pytest.fixture(scope="module")
def staff(portal_url):
    suffix = uuid.uuid4().hex[:5]
    people = {
        "office": ("mailbox-editors",),
        "handler": ("fgw-editors",),
        "leader": ("fgw-reviewers",),
        "commissioner": ("leadership",),
    }
    return {
        role: (f"{role}-{suffix}", create_user(portal_url, f"{role}-{suffix}", groups))
        for role, groups in people.items()
    }


@pytest.fixture(scope="module")
def photo(tmp_path_factory):
    from PIL import Image

    path = tmp_path_factory.mktemp("letter") / "chirag.jpg"
    Image.new("RGB", (200, 150), (30, 30, 30)).save(path, "JPEG")
    return path


def as_staff(browser, portal_url, account):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, *account)
    return context, page


def act(page, letter_url, action):
    page.goto(letter_url)
    with page.expect_navigation():
        page.click(f"#hami-action-{action}")
    page.wait_for_load_state("networkidle")


def state(letter_url) -> str:
    response = requests.get(
        f"{letter_url}/@workflow",
        auth=("admin", ADMIN_PASSWORD),
        headers={"Accept": "application/json"},
        timeout=60,
    )
    return response.json()["state"]["id"]


def test_uyghur_letter_from_writing_to_publication(
    browser, portal_url, staff, photo, output_dir
):
    # The citizen writes in Uyghur, right to left, with a photo.
    context = browser.new_context(locale="ug")
    page = context.new_page()
    page.goto(f"{portal_url}/ug/@@write-letter")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.select_option("#hami-letter-type", "help")
    page.fill("#hami-title", TITLE)
    page.fill("#hami-body", BODY)
    page.fill("#hami-name", "ئايگۈل")
    page.fill("#hami-phone", "13911112222")
    page.check("#hami-consent")
    page.set_input_files("#hami-attachments", str(photo))
    page.screenshot(path=output_dir / "mailbox-ug-form.png", full_page=True)
    with page.expect_navigation():
        page.click("form.hami-form button[type=submit]")
    number = page.locator(".hami-tracking-number").inner_text().strip()
    code = page.locator(".hami-query-code").inner_text().strip()
    assert number.startswith("XJ") and len(code) == 10
    page.screenshot(path=output_dir / "mailbox-ug-receipt.png", full_page=True)
    context.close()

    found = requests.get(
        f"{portal_url}/@search",
        params={"tracking_number": number},
        auth=("admin", ADMIN_PASSWORD),
        headers={"Accept": "application/json"},
        timeout=60,
    ).json()["items"]
    letter_url = found[0]["@id"]

    # The mailbox office reviews it and gives it to the development commission.
    context, page = as_staff(browser, portal_url, staff["office"])
    act(page, letter_url, "start_review")
    act(page, letter_url, "accept")
    page.select_option("#form-widgets-department", "fgw")
    with page.expect_navigation():
        page.click("#form-buttons-save")
    assert state(letter_url) == "accepted"
    context.close()

    # The department's webmaster drafts the answer; its leader approves it.
    context, page = as_staff(browser, portal_url, staff["handler"])
    # from the user menu's queue of letters to handle
    page.goto(f"{portal_url}/zh-cn")
    page.click("#portal-personaltools a.dropdown-toggle, #personaltools-menulink")
    with page.expect_navigation():
        page.click("a#personaltools-letters-to-handle")
    listed = page.locator(f'.pat-structure a[href^="{letter_url}"]').first
    listed.wait_for(timeout=30000)
    page.goto(letter_url)
    assert page.locator(".hami-letter-body").inner_text().strip() == BODY
    act(page, letter_url, "submit_answer")
    page.fill("#form-widgets-answer", ANSWER)
    with page.expect_navigation():
        page.click("#form-buttons-save")
    context.close()
    context, page = as_staff(browser, portal_url, staff["leader"])
    act(page, letter_url, "approve_answer")
    context.close()

    # A letter to the commissioner: the leadership approves the answer.
    context, page = as_staff(browser, portal_url, staff["commissioner"])
    act(page, letter_url, "approve_final")
    assert state(letter_url) == "answered"
    context.close()

    # The office publishes it without the writer's name and phone.
    context, page = as_staff(browser, portal_url, staff["office"])
    act(page, letter_url, "publish")
    body = page.locator("#form-widgets-redacted_body").input_value()
    assert "13911112222" not in body and "ئايگۈل" not in body
    with page.expect_navigation():
        page.click("#form-buttons-save")
    assert state(letter_url) == "published"
    context.close()

    # Anyone sees the redacted letter and the answer.
    context = browser.new_context(locale="ug")
    page = context.new_page()
    page.goto(f"{portal_url}/ug/@@letters")
    article = page.locator("article.hami-published-letter", has_text="چىراغ")
    assert article.count() >= 1
    article.first.locator("a").first.click()
    page.wait_for_load_state("networkidle")
    text = page.locator("#content").inner_text()
    assert "ئىدارىمىز چىراغنى" in text
    assert "13911112222" not in text and "ئايگۈل" not in text
    page.screenshot(path=output_dir / "mailbox-ug-published.png", full_page=True)

    # The writer looks up the answer with the two codes.
    page.goto(f"{portal_url}/ug/@@letter-status")
    page.fill("#hami-tracking", number)
    page.fill("#hami-code", code)
    with page.expect_navigation():
        page.click("form.hami-form button[type=submit]")
    assert ANSWER in page.locator(".hami-status-answer").inner_text()
    page.screenshot(path=output_dir / "mailbox-ug-status.png", full_page=True)
    context.close()
