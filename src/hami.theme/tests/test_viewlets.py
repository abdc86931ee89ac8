"""The header and the browser title say which portal this is, in the page's language."""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import pytest


@pytest.fixture
def pages(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    folder = api.content.create(portal, "Folder", id="news", title="要闻")
    page = api.content.create(
        folder, "Document", id="notice", title="关于春节放假的通知"
    )
    return folder, page


def render(portal, context, name, request, language="zh-cn"):
    from hami.theme.interfaces import IHamiThemeLayer
    from zope.component import getMultiAdapter
    from zope.interface import alsoProvides
    from zope.viewlet.interfaces import IViewletManager

    alsoProvides(request, IHamiThemeLayer)
    request.set("LANGUAGE", language)
    view = api.content.get_view("view", context, request)
    manager_name = {
        "plone.logo": "plone.portalheader",
        "plone.htmlhead.title": "plone.htmlhead",
        "hami.footer": "plone.portalfooter",
        "hami.accessibility": "plone.portaltop",
    }
    manager = getMultiAdapter(
        (context, request, view), IViewletManager, name=manager_name[name]
    )
    manager.update()
    (viewlet,) = [v for v in manager.viewlets if v.__name__ == name]
    return viewlet.render()


class TestBrand:
    def test_portal_name_in_header(self, portal, http_request, pages):
        html = render(portal, pages[1], "plone.logo", http_request)
        assert "哈密政府网" in html
        assert "++theme++hami/emblem.svg" in html
        assert 'dir="auto"' in html

    def test_name_follows_language(self, portal, http_request, pages):
        html = render(portal, pages[1], "plone.logo", http_request, language="ug")
        assert "قۇمۇل ھۆكۈمەت تورى" in html


class TestBrowserTitle:
    def test_page_then_portal(self, portal, http_request, pages):
        html = render(portal, pages[1], "plone.htmlhead.title", http_request)
        assert html.strip() == "<title>关于春节放假的通知 &mdash; 哈密政府网</title>"

    def test_home_is_portal_name_only(self, portal, http_request, pages):
        html = render(portal, portal, "plone.htmlhead.title", http_request)
        assert html.strip() == "<title>哈密政府网</title>"


class TestFooter:
    def test_lines_in_the_page_language(self, portal, http_request, pages):
        html = render(portal, pages[1], "hami.footer", http_request, language="en")
        assert "E-Government Management Centre" in html
        assert "新ICP备" in html  # registrations are the same in every language

    def test_chinese_footer(self, portal, http_request, pages):
        html = render(portal, pages[1], "hami.footer", http_request)
        assert "主办" in html


class TestReadingAids:
    def test_skip_link_and_switches(self, portal, http_request, pages):
        html = render(portal, pages[1], "hami.accessibility", http_request)
        assert 'href="#content"' in html
        assert 'class="hami-contrast-toggle"' in html
        assert html.count('class="hami-text-size"') == 3


class TestSubSiteName:
    def test_navigation_root_named_under_the_portal(self, portal, http_request, pages):
        from plone.base.interfaces import INavigationRoot
        from zope.interface import alsoProvides

        folder, page = pages
        alsoProvides(folder, INavigationRoot)
        html = render(portal, page, "plone.logo", http_request)
        assert "hami-site-name" in html
        assert "要闻" in html
        assert f'href="{portal.absolute_url()}"' in html
