"""The supervision dashboard in Chromium: a webmaster finds their department's
page from the user menu and adds content where it is due; the management
centre filters, sorts and drills down, reads the assessment and downloads it."""

from conftest import create_user
from conftest import login
from pathlib import Path
from test_browser_languages import serious_violations

import io
import json
import pytest
import uuid


UNIT = "tzb"  # 地委统战部: no other test gives it webmasters


@pytest.fixture(scope="module")
def staff(portal_url):
    suffix = uuid.uuid4().hex[:5]
    return {
        "webmaster": (
            f"bs-webmaster-{suffix}",
            create_user(portal_url, f"bs-webmaster-{suffix}", (f"{UNIT}-editors",)),
        ),
        "centre": (
            f"bs-centre-{suffix}",
            create_user(portal_url, f"bs-centre-{suffix}", ("centre-reviewers",)),
        ),
    }


def test_webmaster_dashboard(browser, portal_url, staff, output_dir):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, *staff["webmaster"])
    page.goto(f"{portal_url}/zh-cn")
    page.click("#portal-personaltools a.dropdown-toggle, #personaltools-menulink")
    page.click("a#personaltools-supervision")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/zh-cn/departments/{UNIT}/@@supervision")
    assert "栏目更新监测" in page.inner_text("h1")
    rows = page.locator(".hami-columns-table tbody tr")
    assert rows.count() == 6
    assert (
        page.locator(".hami-columns-table tbody tr[data-status='empty']").count() == 6
    )
    assert page.get_attribute("#hami-check-empty", "data-level") == "veto"
    violations = serious_violations(page)
    page.screenshot(path=output_dir / "supervision-department.png", full_page=True)
    assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)

    # the way to fix it: add a news item right from the dashboard
    news = page.locator(".hami-columns-table tbody tr", has_text="工作动态")
    news.get_by_role("link", name="添加信息").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/departments/{UNIT}/news/++add++News%20Item") or (
        page.url.endswith(f"/departments/{UNIT}/news/++add++News Item")
    )
    assert page.locator("#form-widgets-IDublinCore-title, #form-widgets-title").count()

    # and no other department's page
    response = page.goto(f"{portal_url}/zh-cn/departments/xcb/@@supervision")
    assert "hami-columns-table" not in page.content()
    assert response.status in (200, 401, 403)  # Plone's "insufficient privileges"
    context.close()


def test_centre_filters_sorts_and_drills_down(browser, portal_url, staff, output_dir):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, *staff["centre"])
    page.goto(f"{portal_url}/zh-cn/@@supervision")
    page.wait_for_load_state("networkidle")
    assert page.locator(".hami-departments-table tbody tr").count() == 54
    assert page.locator(".hami-columns-table tbody tr").count() >= 54 * 6
    violations = serious_violations(page)
    page.screenshot(path=output_dir / "supervision-portal.png")
    assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)

    page.select_option("#hami-filter-department", UNIT)
    page.select_option("#hami-filter-kind", "news")
    page.click("button:has-text('筛选')")
    page.wait_for_load_state("networkidle")
    rows = page.locator(".hami-columns-table tbody tr")
    assert rows.count() == 1
    assert "工作动态" in rows.first.inner_text()

    page.select_option("#hami-filter-kind", "")
    page.click("button:has-text('筛选')")
    page.click(".hami-columns-table thead a:has-text('栏目')")
    page.wait_for_load_state("networkidle")
    assert (
        page.get_attribute(
            ".hami-columns-table thead th:has(a:has-text('栏目'))", "aria-sort"
        )
        == "ascending"
    )
    page.click(".hami-columns-table thead a:has-text('栏目')")
    page.wait_for_load_state("networkidle")
    assert "order=descending" in page.url
    assert "department=" + UNIT in page.url  # the filter stays

    page.locator(".hami-columns-table tbody th a", has_text="通知公告").click()
    page.wait_for_load_state("networkidle")
    assert page.url.rstrip("/").endswith(f"/departments/{UNIT}/notices")
    context.close()


def test_assessment_page_and_download(browser, portal_url, staff, output_dir):
    from openpyxl import load_workbook

    context = browser.new_context(locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    login(page, portal_url, *staff["centre"])
    page.goto(f"{portal_url}/zh-cn/@@assessment")
    page.wait_for_load_state("networkidle")
    assert page.locator(".hami-assessment-table tbody tr").count() == 54
    assert page.locator(".hami-chart svg polyline.hami-chart-average").count() == 1
    violations = serious_violations(page)
    page.screenshot(path=output_dir / "supervision-assessment.png", full_page=True)
    assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)
    with page.expect_download() as info:
        page.click("a:has-text('下载（Excel）')")
    download = info.value
    assert download.suggested_filename.startswith("assessment-")
    sheet = load_workbook(io.BytesIO(Path(download.path()).read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("月份", "单位代码", "单位", "得分")
    assert len(rows) == 55
    unit = next(row for row in rows if row[1] == UNIT)
    assert unit[2] == "地委统战部"
    context.close()
