"""The Content-Security-Policy in Chromium: nothing the portal needs is blocked.

Citizens' pages run with ``script-src 'self'``; staff pages also allow eval
(Classic UI's folder contents and modal forms need it). Each page here is
opened as its users open it, the browser's own violation reports collected,
and any report fails the test.
"""

from conftest import create_user
from conftest import login

import pytest


REPORTS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def watched(browser):
    context = browser.new_context(locale="zh-CN")
    context.add_init_script(REPORTS)
    yield context
    context.close()


def violations(page) -> list[str]:
    page.wait_for_timeout(1000)
    return page.evaluate("window.__violations")


@pytest.mark.parametrize("code", ["zh-cn", "ug", "kk", "en"])
@pytest.mark.parametrize(
    "path", ["", "/departments/fgw", "/@@write-letter", "/@@service-hall", "/@@letters"]
)
def test_citizens_pages(watched, portal_url, code, path):
    page = watched.new_page()
    response = page.goto(f"{portal_url}/{code}{path}", wait_until="networkidle")
    assert "'unsafe-eval'" not in response.headers["content-security-policy"]
    assert violations(page) == []


def test_staff_screens(watched, portal_url):
    username = "csp-editor"
    password = create_user(portal_url, username, ("gsj-editors", "site-administrators"))
    page = watched.new_page()
    login(page, portal_url, username, password)
    guides = f"{portal_url}/zh-cn/departments/gsj/guides"
    for path in (
        f"{guides}/folder_contents",
        f"{guides}/++add++News Item",
        f"{guides}/@@sharing",
        f"{portal_url}/@@audit-log",
    ):
        page.goto(path, wait_until="networkidle")
        assert violations(page) == [], path
    # EasyForm's field editor opens in a modal (underscore templates: eval)
    page.goto(f"{guides}/business-licence-change-form/fields", wait_until="networkidle")
    page.locator("#add-field, #form-buttons-add").first.click()
    page.locator(".modal-content #form-widgets-title").wait_for()
    assert violations(page) == []
