"""The portal in a real browser: Debian's Chromium driven by Playwright."""


def test_home_page_in_chromium(page, portal_url, output_dir):
    page.goto(portal_url)
    assert "哈密政府网" in page.title()
    assert page.url.endswith("/hami/zh-cn")
    assert page.locator("html").get_attribute("dir") == "ltr"
    brand = page.locator("#portal-logo .hami-portal-name")
    assert brand.inner_text() == "哈密政府网"
    page.screenshot(path=output_dir / "home-zh-cn.png", full_page=True)


def test_uyghur_page_is_right_to_left_in_chromium(page, portal_url, output_dir):
    page.goto(f"{portal_url}/ug")
    direction = page.evaluate(
        "getComputedStyle(document.querySelector('#portal-column-content')).direction"
    )
    assert direction == "rtl"
    page.screenshot(path=output_dir / "home-ug.png", full_page=True)
