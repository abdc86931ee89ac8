"""Caching rules for a caching proxy, and what a purge reaches."""

from plone import api

import pytest


@pytest.fixture
def news(portal, department_a):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            department_a["news"], "News Item", id="notice", title="供暖通知"
        )


def test_caching_is_on_and_purges_the_portals_types(portal):
    assert api.portal.get_registry_record(
        "plone.caching.interfaces.ICacheSettings.enabled"
    )
    purged = api.portal.get_registry_record(
        "plone.app.caching.interfaces.IPloneCacheSettings.purgedContentTypes"
    )
    assert {"News Item", "Document", "PolicyDocument", "PublishedLetter"} <= set(purged)
    mapping = api.portal.get_registry_record(
        "plone.caching.interfaces.ICacheSettings.operationMapping"
    )
    # pages of content in the proxy for citizens (private for staff: userid etag)
    assert mapping["plone.content.folderView"] == "plone.app.caching.moderateCaching"
    assert mapping["plone.content.itemView"] == "plone.app.caching.moderateCaching"


def test_a_news_item_purges_the_pages_that_list_it(news, http_request):
    from hami.policy.caching.purge import ListingPurgePaths

    paths = set(ListingPurgePaths(news).getRelativePaths())
    assert "/plone/zh-cn/departments/fgw/news" in paths  # the column
    assert "/plone/zh-cn/departments/fgw/news/RSS" in paths  # its feed
    assert "/plone/zh-cn/departments/fgw" in paths  # the department's home
    assert "/plone/zh-cn" in paths  # the language's home
    assert not [path for path in paths if path.startswith("/plone/ug")]


def test_a_published_letter_purges_the_letters_pages(portal):
    from hami.policy.caching.purge import PublishedLetterPurgePaths

    paths = PublishedLetterPurgePaths(portal).getRelativePaths()
    assert "/plone/ug/@@letters" in paths
    assert "/plone/zh-cn/@@letter-stats" in paths


def test_purges_name_physical_paths_under_any_virtual_host(http_request):
    from hami.policy.caching.purge import PhysicalPaths

    http_request.set("VirtualRootPhysicalPath", ("", "plone"))
    assert PhysicalPaths(http_request)("/zh-cn/news") == ["/plone/zh-cn/news"]
    http_request.set(
        "VirtualRootPhysicalPath", ("", "plone", "zh-cn", "departments", "fgw")
    )
    assert PhysicalPaths(http_request)("news") == ["/plone/zh-cn/departments/fgw/news"]
    http_request.set("VirtualRootPhysicalPath", None)
    assert PhysicalPaths(http_request)("/plone/zh-cn") == ["/plone/zh-cn"]


def test_the_upgrade_keeps_other_settings(portal):
    from hami.policy.upgrades.v20261202001 import install_caching

    record = "plone.caching.interfaces.ICacheSettings.enabled"
    api.portal.set_registry_record(record, False)
    api.portal.set_registry_record("plone.site_title", "哈密地区政府网")
    install_caching(api.portal.get_tool("portal_setup"))
    assert api.portal.get_registry_record(record) is True
    assert api.portal.get_registry_record("plone.site_title") == "哈密地区政府网"


def test_application_forms_have_no_discussion_behavior(portal):
    """Plone 6.2 has no comments: the behavior would log an error at every start."""
    from hami.policy.upgrades.v20261202001 import install_caching
    from plone.dexterity.interfaces import IDexterityFTI
    from zope.component import getUtility

    fti = getUtility(IDexterityFTI, name="EasyForm")
    assert "plone.allowdiscussion" not in fti.behaviors
    assert "plone.translatable" in fti.behaviors
    fti.behaviors = (*fti.behaviors, "plone.allowdiscussion")
    install_caching(api.portal.get_tool("portal_setup"))
    assert "plone.allowdiscussion" not in fti.behaviors
    assert "plone.translatable" in fti.behaviors
