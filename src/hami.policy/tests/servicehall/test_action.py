"""The EasyForm action: a citizen fills in the published form in a browser."""

from plone import api
from plone.testing.zope import Browser

import transaction


def fill(browser):
    """The business licence change form, as a citizen fills it in."""
    browser.getControl(name="form.widgets.applicant_name").value = "马建国"
    browser.getControl(name="form.widgets.phone").value = "13999001122"
    browser.getControl(name="form.widgets.company_name").value = "哈密天山商贸有限公司"
    browser.getControl(name="form.widgets.credit_code").value = "91652200MA77XXXX1X"
    browser.getControl(name="form.widgets.change_items:list").value = ["address"]
    browser.getControl(
        name="form.widgets.change_details"
    ).value = "住所变更为天山北路8号。"
    browser.getControl(name="form.widgets.documents").add_file(
        b"\xff\xd8\xff\xe0" + b"\x00" * 64, "image/jpeg", "scan.jpg"
    )


def test_form_submission_creates_an_application(functional_portal):
    form = functional_portal["zh-cn"]["departments"]["gsj"]["guides"][
        "business-licence-change-form"
    ]
    browser = Browser(functional_portal.aq_parent)
    browser.handleErrors = False
    browser.open(form.absolute_url())
    fill(browser)
    browser.getControl(name="form.buttons.submit").click()
    assert "hami-tracking-number" in browser.contents
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    applications = catalog.unrestrictedSearchResults(portal_type="Application")
    assert len(applications) == 1
    application = applications[0]._unrestrictedGetObject()
    assert application.applicant_name == "马建国"
    assert application.service == "business-licence-change"
    assert any(f.file.contentType == "image/jpeg" for f in application.contentValues())


def test_robot_filling_the_honeypot_is_refused(functional_portal):
    form = functional_portal["zh-cn"]["departments"]["gsj"]["guides"][
        "business-licence-change-form"
    ]
    browser = Browser(functional_portal.aq_parent)
    browser.handleErrors = False
    browser.open(form.absolute_url())
    fill(browser)
    browser.getControl(name="form.widgets.website").value = "http://spam.example"
    browser.getControl(name="form.buttons.submit").click()
    assert "hami-tracking-number" not in browser.contents
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    assert not catalog.unrestrictedSearchResults(portal_type="Application")
