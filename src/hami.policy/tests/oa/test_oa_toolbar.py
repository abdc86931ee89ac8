"""The user menu says how much waits in My work."""

from hami.policy.interfaces import IHamiPolicyLayer
from plone import api
from Products.Five.browser import BrowserView
from test_oa_documents import issued
from test_oa_documents import JYJ_OFFICE
from test_oa_documents import OUTSIDER
from zope.component import getMultiAdapter
from zope.globalrequest import getRequest
from zope.interface import alsoProvides
from zope.viewlet.interfaces import IViewletManager


def my_work_entry(portal, userid):
    with api.env.adopt_user(username=userid):
        request = getRequest()
        alsoProvides(request, IHamiPolicyLayer)
        getattr(request, "__annotations__", {}).clear()  # memoized for another user
        manager = getMultiAdapter(
            (portal, request, BrowserView(portal, request)),
            IViewletManager,
            name="plone.toolbar",
        )
        bar = manager.get_personal_bar()
        return [
            a["title"] for a in bar.user_actions if a["id"] == "personaltools-oa-work"
        ]


def test_the_user_menu_counts_my_work(portal):
    issued(portal)
    (entry,) = my_work_entry(portal, JYJ_OFFICE)
    assert entry.endswith(" (1)")  # 我的待办 (1): one document to sign for
    (entry,) = my_work_entry(portal, OUTSIDER)
    assert "(" not in entry  # nothing waits: no count
