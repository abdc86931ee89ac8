"""Each language in Chromium: direction, accessibility (axe-core), phones.

For the home page, a department, the letter form and an edit form in zh-cn,
ug, kk and en: the computed direction of the content and the navigation, an
axe-core scan without serious or critical violations, a screenshot, and at
360 px no horizontal scrolling.
"""

from conftest import create_user
from conftest import login
from deployment import ROOT

import json
import pytest


AXE = (ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js").read_text()
DIRECTION = {"zh-cn": "ltr", "ug": "rtl", "kk": "rtl", "en": "ltr"}
PAGES = {
    "home": "",
    "department": "/departments/fgw",
    "letter-form": "/@@write-letter",
    "application-form": "/departments/gsj/guides/business-licence-change-form",
    "edit-form": "/departments/fgw/news/++add++News Item",
}


@pytest.fixture(scope="module")
def editor(portal_url):
    return "lang-editor", create_user(portal_url, "lang-editor", ("fgw-editors",))


def serious_violations(page) -> list[dict]:
    # evaluated through the browser's debugging protocol: the page's
    # Content-Security-Policy forbids inline scripts, rightly
    page.evaluate(AXE)
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        })"""
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "nodes": [
                [node["target"], node["html"][:160]] for node in violation["nodes"]
            ][:5],
        }
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def direction(page, selector: str) -> str:
    return page.evaluate(
        "(s) => getComputedStyle(document.querySelector(s)).direction", selector
    )


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("code", list(DIRECTION))
def test_page_in_language(browser, portal_url, editor, output_dir, code, name):
    context = browser.new_context(
        locale={"zh-cn": "zh-CN", "en": "en-US"}.get(code, code)
    )
    page = context.new_page()
    if name == "edit-form":
        login(page, portal_url, *editor)
    page.goto(f"{portal_url}/{code}{PAGES[name]}")
    page.wait_for_load_state("networkidle")
    assert direction(page, "#content") == DIRECTION[code]
    assert direction(page, "#portal-globalnav") == DIRECTION[code]
    # the robots' field of the citizen forms is seen by nobody
    for trap in ("#hami-website", "#form-widgets-website"):
        assert page.locator(trap).count() == 0 or not page.locator(trap).is_visible()
    violations = serious_violations(page)
    page.screenshot(path=output_dir / f"lang-{code}-{name}.png", full_page=True)
    assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)

    page.set_viewport_size({"width": 360, "height": 740})
    page.reload()
    page.wait_for_load_state("networkidle")
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    page.screenshot(path=output_dir / f"lang-{code}-{name}-360.png", full_page=True)
    assert widths[0] <= widths[1], f"horizontal scrolling at 360 px: {widths}"
    context.close()


def test_arabic_script_font_is_used(browser, portal_url):
    context = browser.new_context(locale="ug")
    page = context.new_page()
    page.goto(f"{portal_url}/ug")
    page.wait_for_load_state("networkidle")
    family = page.evaluate(
        "getComputedStyle(document.querySelector('#content')).fontFamily"
    )
    assert "Noto Naskh Arabic" in family
    loaded = page.evaluate(
        "document.fonts.ready.then(() => document.fonts.check('16px \"Noto Naskh Arabic\"', 'ئۇيغۇرچە قازاقشا'))"
    )
    assert loaded
    context.close()


def test_reading_aids_remembered(browser, portal_url):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(f"{portal_url}/zh-cn")
    page.click("button[data-size='hami-text-larger']")
    page.click(".hami-contrast-toggle")
    page.goto(f"{portal_url}/zh-cn/departments/fgw")
    classes = page.evaluate("document.documentElement.className")
    assert "hami-text-larger" in classes and "hami-contrast" in classes
    assert page.get_attribute(".hami-contrast-toggle", "aria-pressed") == "true"
    context.close()


def test_keyboard_reaches_the_content_first(browser, portal_url):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(f"{portal_url}/zh-cn")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "hami-skip-link" in focused
    assert (
        page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    )
    context.close()
