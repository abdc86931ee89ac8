"""The service hall in Chromium: a form built in the browser, an application
with a file, a supplement through the status page, a decision the citizen reads."""

from conftest import create_user
from conftest import login
from deployment import ADMIN_PASSWORD

import pytest
import requests
import uuid


JSON = {"Accept": "application/json"}
SERVICE = "street-stall-permit"


@pytest.fixture(scope="module")
def admin_json():
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers.update(JSON)
    return session


@pytest.fixture(scope="module")
def staff(portal_url):
    suffix = uuid.uuid4().hex[:5]
    people = {
        "webmaster": ("gsj-editors",),
        "leader": ("gsj-reviewers",),
        "centre": ("service-centre-editors",),
    }
    return {
        role: (f"{role}-{suffix}", create_user(portal_url, f"{role}-{suffix}", groups))
        for role, groups in people.items()
    }


@pytest.fixture(scope="module")
def guide(portal_url, admin_json):
    """A new service of the business registration bureau, still without a form."""
    column = f"{portal_url}/zh-cn/departments/gsj/guides"
    response = admin_json.post(
        column,
        json={
            "@type": "ServiceGuide",
            "id": SERVICE,
            "title": "临时占道经营许可",
            "service_code": SERVICE,
            "time_limit_days": 3,
            "responsible_department": "gsj",
        },
        timeout=60,
    )
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    assert (
        admin_json.post(f"{url}/@workflow/publish", json={}, timeout=60).status_code
        == 200
    )
    return url


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    from PIL import Image

    folder = tmp_path_factory.mktemp("scans")
    paths = {}
    for name in ("licence", "lease"):
        paths[name] = folder / f"{name}.jpg"
        Image.new("RGB", (120, 80), (90, 90, 90)).save(paths[name], "JPEG")
    return paths


def act(page, url, action):
    page.goto(url)
    with page.expect_navigation():
        page.click(f"#hami-action-{action}")
    page.wait_for_load_state("networkidle")


def state(admin_json, url) -> str:
    return admin_json.get(f"{url}/@workflow", timeout=60).json()["state"]["id"]


def look_up(page, portal_url, codes):
    page.goto(f"{portal_url}/zh-cn/@@application-status")
    page.fill("#hami-tracking", codes["tracking_number"])
    page.fill("#hami-code", codes["query_code"])
    with page.expect_navigation():
        page.click("form.hami-form button[type=submit]")


def test_form_built_in_the_browser_to_decision(
    browser, portal_url, staff, guide, scan, admin_json, output_dir
):
    column = f"{portal_url}/zh-cn/departments/gsj/guides"

    # The bureau's webmaster builds the form: it starts with the applicant's
    # fields and the "create application" action; they add the licence scan
    # and choose the service.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, *staff["webmaster"])
    page.goto(f"{column}/++add++EasyForm")
    page.fill("#form-widgets-IDublinCore-title", "临时占道经营许可申请表")
    with page.expect_navigation():
        page.click("#form-buttons-save")
    form_url = page.url.split("?")[0].removesuffix("/view")
    page.goto(f"{form_url}/fields")
    page.click("#add-field")
    modal = page.locator(".modal-content").last
    modal.locator("#form-widgets-title").fill("营业执照扫描件")
    # A Chinese title gives no usable short name: replace it, as a webmaster does.
    modal.locator("#form-widgets-__name__").click(click_count=3)
    modal.locator("#form-widgets-__name__").press("Backspace")
    modal.locator("#form-widgets-__name__").press_sequentially("licence_scan")
    modal.locator("#form-widgets-factory").select_option("File Upload")
    modal.locator("#form-widgets-required-0").check()
    modal.locator(".modal-footer #form-buttons-add").click()
    page.wait_for_load_state("networkidle")
    page.wait_for_selector("text=licence_scan")
    page.goto(f"{form_url}/actions")
    page.click("a:has-text('Settings')")
    modal = page.locator(".modal-content").last
    modal.locator("#form-widgets-service_code").select_option(SERVICE)
    modal.locator(".modal-footer #form-buttons-save").click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=output_dir / "servicehall-form-actions.png", full_page=True)
    context.close()
    # Through the review like any content: the webmaster submits, the leader approves.
    webmaster = requests.Session()
    webmaster.auth = staff["webmaster"]
    assert (
        webmaster.post(
            f"{form_url}/@workflow/submit", headers=JSON, json={}, timeout=60
        ).status_code
        == 200
    )
    leader = requests.Session()
    leader.auth = staff["leader"]
    assert (
        leader.post(
            f"{form_url}/@workflow/approve", headers=JSON, json={}, timeout=60
        ).status_code
        == 200
    )

    # A citizen finds the guide, applies online with the scan.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(guide)
    with page.expect_navigation():
        page.click("a.hami-apply")
    assert not page.locator("#form-widgets-website").is_visible()  # robots only
    page.fill("#form-widgets-applicant_name", "古丽")
    page.fill("#form-widgets-phone", "13988776655")
    page.set_input_files("#form-widgets-licence_scan-input", str(scan["licence"]))
    with page.expect_navigation():
        page.click("#form-buttons-submit")
    codes = {
        "tracking_number": page.locator(".hami-tracking-number").inner_text().strip(),
        "query_code": page.locator(".hami-query-code").inner_text().strip(),
    }
    page.screenshot(path=output_dir / "servicehall-receipt.png", full_page=True)
    context.close()
    found = admin_json.get(
        f"{portal_url}/@search",
        params={"tracking_number": codes["tracking_number"]},
        timeout=60,
    ).json()["items"]
    url = found[0]["@id"]

    # The service centre asks for the lease contract.
    context, page = browser.new_context(locale="zh-CN"), None
    page = context.new_page()
    login(page, portal_url, *staff["centre"])
    act(page, url, "request_supplement")
    page.fill("#form-widgets-missing", "请补充场地租赁合同。")
    with page.expect_navigation():
        page.click("#form-buttons-save")
    assert state(admin_json, url) == "supplement_requested"
    context.close()

    # The citizen reads what is missing and adds it on the status page.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    look_up(page, portal_url, codes)
    assert "请补充场地租赁合同。" in page.locator(".hami-missing").inner_text()
    page.set_input_files("#hami-files", str(scan["lease"]))
    with page.expect_navigation():
        page.click("form.hami-form button[type=submit]")
    assert page.locator(".alert-success").count() == 1
    assert state(admin_json, url) == "submitted"
    context.close()

    # The centre accepts; the bureau examines and approves.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, *staff["centre"])
    act(page, url, "accept")
    context.close()
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    login(page, portal_url, *staff["webmaster"])
    act(page, url, "start_review")
    act(page, url, "approve")
    page.fill("#form-widgets-note", "准予在指定区域临时占道经营三个月。")
    with page.expect_navigation():
        page.click("#form-buttons-save")
    assert state(admin_json, url) == "approved"
    context.close()

    # The citizen sees the decision.
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    look_up(page, portal_url, codes)
    assert (
        "准予在指定区域临时占道经营三个月。"
        in page.locator(".hami-decision").inner_text()
    )
    page.screenshot(path=output_dir / "servicehall-decision.png", full_page=True)
    context.close()
