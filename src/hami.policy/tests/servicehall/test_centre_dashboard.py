"""The service centre's dashboard lists every application in its queue."""

from plone.app.testing import login

import re


def render(portal, user):
    login(portal, user)
    return portal["zh-cn"].restrictedTraverse("@@service-centre")()


def test_queue_lists_the_application_under_its_state(portal, apply, staff, step):
    application, receipt = apply()
    accepted, second = apply(phone="13999001133", email="b@example.cn")
    step(accepted, "centre", "accept")
    html = render(portal, "centre")
    submitted = re.search(r'id="hami-queue-submitted".*?</section>', html, re.S)
    assert submitted and receipt.tracking_number in submitted.group(0)
    assert second.tracking_number not in submitted.group(0)
    queue = re.search(r'id="hami-queue-accepted".*?</section>', html, re.S)
    assert queue and second.tracking_number in queue.group(0)
    assert application.absolute_url() in submitted.group(0)
    # the applicant's personal data is not on the dashboard
    assert "马建国" not in html and "13999001122" not in html
