"""Office automation in Chromium, in Chinese and in Uyghur: a document drafted,
checked, signed off, numbered and sent; two units sign for it, one handles it
and replies; the issuing office sees who is overdue."""

from conftest import login
from deployment import ADMIN_PASSWORD
from deployment import ROOT
from urllib.parse import urlparse

import pytest
import re
import requests


PEOPLE = {
    "drafter": "hm0079",
    "office": "hm0078",
    "head": "hm0074",
    "jyj_office": "hm0097",
    "jyj_staff": "hm0098",
    "gsj_office": "hm0341",
}
TEXTS = {
    "zh-cn": {"sign_for": "签收", "close": "办结"},
    "ug": {"sign_for": "تاپشۇرۇۋېلىش", "close": "تاماملاش"},
}


@pytest.fixture(scope="module")
def passwords(portal_url) -> dict[str, str]:
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    admin.headers["Accept"] = "application/json"
    found = {}
    for role, userid in PEOPLE.items():
        password = f"pw-{userid}-browser-2026"
        response = admin.patch(
            f"{portal_url}/@users/{userid}", json={"password": password}, timeout=60
        )
        assert response.status_code == 204, response.text
        found[role] = password
    return found


def as_person(browser, portal_url, passwords, role, language):
    context = browser.new_context(locale="ug" if language == "ug" else "zh-CN")
    host = urlparse(portal_url).hostname
    context.add_cookies([
        {"name": "I18N_LANGUAGE", "value": language, "domain": host, "path": "/"}
    ])
    page = context.new_page()
    login(page, portal_url, PEOPLE[role], passwords[role])
    return context, page


def save(page):
    with page.expect_navigation():
        page.click("#form-buttons-save")
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("language", ["zh-cn", "ug"])
def test_a_document_from_draft_to_reply(
    browser, portal_url, passwords, deployment, client, language
):
    title = f"关于做好冬季供暖保障工作的通知（{language}）"
    # the drafter writes it in the add form
    context, page = as_person(browser, portal_url, passwords, "drafter", language)
    page.goto(f"{portal_url}/oa/documents/++add++OfficialDocument")
    if language == "ug":
        assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#form-widgets-title", title)
    page.select_option("#form-widgets-kind", "notice")
    page.select_option("#form-widgets-issuing_unit", "fgw")
    page.check("input[name='form.widgets.main_recipients:list'][value='jyj']")
    page.check("input[name='form.widgets.main_recipients:list'][value='gsj']")
    # the text in TinyMCE, once the editor is there (it replaces the textarea
    # and writes its content back on save)
    page.wait_for_function(
        "() => window.tinymce && tinymce.activeEditor"
        " && tinymce.activeEditor.initialized",
        timeout=60000,
    )
    page.evaluate(
        "() => { tinymce.activeEditor.setContent('<p>各单位：请做好供暖保障。</p>');"
        " tinymce.activeEditor.save(); }"
    )
    save(page)
    url = page.url.split("?")[0].removesuffix("/view")
    assert "oa/documents/" in url and "++add++" not in url, page.inner_text("body")
    assert page.locator(".hami-doc-steps a").count(), page.inner_text("body")[:3000]
    with page.expect_navigation():
        page.locator(".hami-doc-steps a").first.click()  # submit for checking
    page.wait_for_load_state("networkidle")
    context.close()

    # the general office checks it
    context, page = as_person(browser, portal_url, passwords, "office", language)
    page.goto(f"{url}/@@check-document")
    save(page)
    context.close()

    # the head signs it off
    context, page = as_person(browser, portal_url, passwords, "head", language)
    page.goto(f"{url}/@@sign-document")
    page.fill("#form-widgets-opinion", "同意印发")
    save(page)
    context.close()

    # the office registers it with the signed PDF: the number appears
    context, page = as_person(browser, portal_url, passwords, "office", language)
    page.goto(f"{url}/@@register-document")
    page.set_input_files(
        "#form-widgets-signed_pdf-input",
        files=[
            {
                "name": "signed.pdf",
                "mimeType": "application/pdf",
                "buffer": b"%PDF-1.4\n% signed\n",
            }
        ],
    )
    save(page)
    page.goto(url)
    number = page.locator(".hami-doc-number").inner_text()
    assert re.fullmatch(r"哈发改发〔\d{4}〕\d+号", number.strip())
    context.close()

    # two units sign for it; jyj assigns it, gsj assigns it too
    for role, unit, handler in (
        ("jyj_office", "jyj", "hm0098"),
        ("gsj_office", "gsj", "hm0343"),
    ):
        context, page = as_person(browser, portal_url, passwords, role, language)
        page.goto(url)
        sign = page.locator("button[value='sign']")
        assert sign.inner_text().strip() == TEXTS[language]["sign_for"]
        with page.expect_navigation():
            sign.click()
        page.wait_for_load_state("networkidle")
        page.select_option(f"#handler-{unit}", handler)
        page.fill(
            f"#deadline-{unit}", page.locator(f"#deadline-{unit}").get_attribute("min")
        )
        with page.expect_navigation():
            page.click("form.hami-assign button[value='assign']")
        page.wait_for_load_state("networkidle")
        context.close()

    # jyj's handler replies and closes it
    context, page = as_person(browser, portal_url, passwords, "jyj_staff", language)
    page.goto(url)
    page.fill("#reply-jyj", "已部署供暖保障检查。")
    close = page.locator("form.hami-close button[value='close']")
    assert close.inner_text().strip() == TEXTS[language]["close"]
    with page.expect_navigation():
        close.click()
    page.wait_for_load_state("networkidle")
    context.close()

    # a day after gsj's deadline, the issuing office sees gsj overdue
    path = urlparse(url).path
    deployment.run_script(client, ROOT / "tests" / "oa_backdate.py", path, "gsj")
    context, page = as_person(browser, portal_url, passwords, "office", language)
    page.goto(url)
    overdue = page.locator("tr.hami-overdue-row")
    assert overdue.count() == 1
    assert overdue.get_attribute("data-unit") == "gsj"
    closed = page.locator("tr[data-unit='jyj']")
    assert "hami-overdue-row" not in (closed.get_attribute("class") or "")
    if language == "ug":
        assert page.locator("html").get_attribute("dir") == "rtl"
    context.close()
