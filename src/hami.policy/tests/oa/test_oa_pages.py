"""Every page of office automation renders for the people who use it."""

from hami.policy.interfaces import IHamiPolicyLayer
from hami.policy.oa import meetings
from hami.policy.oa import receipts
from plone import api
from test_oa_documents import as_user
from test_oa_documents import FGW_OFFICE
from test_oa_documents import issued
from test_oa_documents import JYJ_OFFICE
from test_oa_documents import JYJ_STAFF
from test_oa_incoming import instructed
from test_oa_meetings import meeting
from test_oa_meetings import notice
from zope.interface import alsoProvides

import pytest


def render(obj, name, userid):
    request = obj.REQUEST
    alsoProvides(request, IHamiPolicyLayer)
    with api.env.adopt_user(username=userid):
        return obj.restrictedTraverse(name)()


@pytest.mark.parametrize("userid", [FGW_OFFICE, JYJ_OFFICE, JYJ_STAFF])
def test_my_work_and_the_lists(portal, userid):
    document = issued(portal)
    as_user(JYJ_OFFICE, receipts.sign_for, document, "jyj")
    html = render(portal["oa"], "@@oa-home", userid)
    assert "hami-oa" in html
    assert "hami-oa-documents" in render(
        portal["oa"]["documents"], "@@oa-documents", userid
    )
    assert "hami-staff-directory" in render(
        portal["oa"]["directory"], "@@staff-directory", userid
    )
    assert render(portal["oa"]["directory"]["hm0078"], "@@person-view", userid)


def test_the_document_pages(portal):
    document = issued(portal)
    as_user(JYJ_OFFICE, receipts.sign_for, document, "jyj")
    assert "hami-tracking" in render(document, "@@document-view", FGW_OFFICE)
    assert "hami-assign" in render(document, "@@document-view", JYJ_OFFICE)
    incoming = instructed(portal)
    assert "hami-incoming" in render(incoming, "@@incoming-view", JYJ_OFFICE)
    item = meeting(portal)
    as_user(JYJ_OFFICE, meetings.answer, item, "jyj", ["冯旭"])
    assert "hami-meeting-answers" in render(item, "@@meeting-view", FGW_OFFICE)
    assert "hami-meeting-answer" in render(item, "@@meeting-view", JYJ_OFFICE)
    message = notice(portal)
    assert "hami-notice" in render(message, "@@notice-view", JYJ_STAFF)
    assert "hami-notice-reading" in render(message, "@@notice-view", FGW_OFFICE)
