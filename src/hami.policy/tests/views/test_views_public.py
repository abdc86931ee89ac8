"""What citizens see: the portal home, a department's home, a column, search, feeds."""

from DateTime import DateTime
from plone import api
from plone.app.testing import logout

import pytest


def publish(item, when: str | None = None):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=item, transition="publish")
        if when:
            item.setEffectiveDate(DateTime(when))
            item.reindexObject()
    return item


@pytest.fixture
def content(portal, department_a, department_b):
    with api.env.adopt_roles(["Manager"]):
        news_a = api.content.create(
            department_a["news"], "News Item", id="a1", title="发改委召开项目推进会"
        )
        old_a = api.content.create(
            department_a["news"], "News Item", id="a0", title="发改委去年的旧闻"
        )
        notice_b = api.content.create(
            department_b["notices"],
            "Document",
            id="b1",
            title="关于做好秋季开学工作的通知",
        )
        draft_b = api.content.create(
            department_b["news"], "News Item", id="b2", title="教育局草稿不应公开"
        )
        policy_a = api.content.create(
            department_a["policies"],
            "PolicyDocument",
            id="p1",
            title="哈密地区招商引资优惠政策",
            document_number="哈行署发〔2004〕12号",
            issuing_authority="哈密地区行政公署",
            date_of_issue=DateTime("2004/03/01").asdatetime().date(),
            subject="economy",
        )
    publish(news_a, "2004/05/10")
    publish(old_a, "2003/05/10")
    publish(notice_b, "2004/05/11")
    publish(policy_a, "2004/03/02")
    return {
        "news_a": news_a,
        "old_a": old_a,
        "notice_b": notice_b,
        "draft_b": draft_b,
        "policy_a": policy_a,
    }


def render(context, name, request, **form):
    request.form.update(form)
    for key, value in form.items():
        request.set(key, value)
    request.set("LANGUAGE", "zh-cn")
    view = api.content.get_view(name, context, request)
    return view()


class TestPortalHome:
    def test_language_roots_use_the_home_page(self, portal):
        for code in ("zh-cn", "ug", "kk", "en"):
            assert portal[code].getLayout() == "hami-home"

    def test_latest_from_all_departments(self, portal, http_request, content):
        logout()
        html = render(portal["zh-cn"], "hami-home", http_request)
        assert "发改委召开项目推进会" in html
        assert "关于做好秋季开学工作的通知" in html
        assert "哈密地区招商引资优惠政策" in html
        assert "教育局草稿不应公开" not in html

    def test_newest_first_with_dates_and_departments(
        self, portal, http_request, content
    ):
        logout()
        html = render(portal["zh-cn"], "hami-home", http_request)
        assert html.index("发改委召开项目推进会") < html.index("发改委去年的旧闻")
        assert "2004-05-10" in html
        assert "发展和改革委员会" in html

    def test_directory_lists_departments_and_counties(self, portal, http_request):
        logout()
        html = render(portal["ug"], "hami-home", http_request)
        assert "قۇمۇل شەھىرى" in html  # 哈密市 in Uyghur
        assert "/ug/departments/fgw" in html

    @pytest.mark.parametrize("language", ["zh-cn", "ug"])
    def test_citizens_find_the_service_hall_and_the_mailbox(
        self, portal, http_request, language
    ):
        from lxml import html as lxml_html

        logout()
        root = portal[language]
        page = lxml_html.fromstring(render(root, "hami-home", http_request))
        links = set(page.xpath('//*[@id="hami-online-services"]//a/@href'))
        url = root.absolute_url()
        assert links == {
            f"{url}/@@{name}"
            for name in (
                "service-hall",
                "application-status",
                "service-stats",
                "letters",
                "write-letter",
                "letter-status",
                "letter-stats",
            )
        }
        # each page those links lead to opens for an anonymous citizen
        for link in links:
            assert root.restrictedTraverse(link.rsplit("/", 1)[-1])

    @pytest.mark.parametrize("language", ["zh-cn", "ug", "kk", "en"])
    def test_main_navigation_leads_to_them_in_the_page_language(
        self, portal, http_request, language
    ):
        from zope.component import getMultiAdapter

        logout()
        http_request["LANGUAGE"] = language
        department = portal[language]["departments"]["fgw"]
        state = getMultiAdapter((department, http_request), name="plone_context_state")
        tabs = {tab["id"]: tab["url"] for tab in state.actions("portal_tabs")}
        root = portal[language].absolute_url()
        assert tabs["service-hall"] == f"{root}/@@service-hall"
        assert tabs["mailbox"] == f"{root}/@@letters"

    def test_site_search_offers_no_portal_machinery(self, portal, http_request):
        """Plone's search filter lists the types that have content; letters,
        applications, case folders, language folders and forms are not
        among them."""
        from plone.base.utils import get_user_friendly_types

        friendly = set(get_user_friendly_types())
        assert {"News Item", "Document", "PolicyDocument", "ServiceGuide"} <= friendly
        for machinery in ("Letter", "Application", "CaseFolder", "LRF", "LIF"):
            assert machinery not in friendly
        assert "EasyForm" not in friendly
        assert "PublishedLetter" in friendly  # answered letters are public


class TestDepartmentHome:
    def test_own_items_only(self, department_a, http_request, content):
        logout()
        html = render(department_a, "department-home", http_request)
        assert "发改委召开项目推进会" in html
        assert "关于做好秋季开学工作的通知" not in html

    def test_columns_and_contact(self, department_a, http_request, content):
        logout()
        html = render(department_a, "department-home", http_request)
        for column in ("工作动态", "通知公告", "政策文件", "办事指南", "机构概况"):
            assert column in html
        assert "tel:0902-" in html
        assert "mailto:fgw@hami.gov.cn" in html

    def test_leaders(self, department_a, http_request):
        with api.env.adopt_roles(["Manager"]):
            leader = api.content.create(
                department_a["leaders"],
                "Leader",
                title="王建国",
                position="主任、党组书记",
                duties="主持全面工作。",
            )
        publish(leader)
        logout()
        html = render(department_a, "department-home", http_request)
        assert "王建国" in html
        assert "主任、党组书记" in html


class TestColumn:
    def test_published_items_newest_first(self, department_a, http_request, content):
        logout()
        html = render(department_a["news"], "column-view", http_request)
        assert html.index("发改委召开项目推进会") < html.index("发改委去年的旧闻")
        assert "/fgw/news/RSS" in html

    def test_staff_see_their_drafts_apart(self, department_b, http_request, content):
        with api.env.adopt_roles(["Manager"]):
            html = render(department_b["news"], "column-view", http_request)
        assert "教育局草稿不应公开" in html
        assert "hami-unpublished" in html

    def test_feed(self, department_a, http_request, content):
        logout()
        view = api.content.get_view("rss.xml", department_a["news"], http_request)
        xml = view()
        assert "发改委召开项目推进会" in xml
        assert "<rss" in xml


class TestPolicyDocument:
    def test_document_data_shown(self, http_request, content):
        logout()
        html = render(content["policy_a"], "policy-document-view", http_request)
        assert "哈行署发〔2004〕12号" in html
        assert "2004-03-01" in html
        assert "hami-validity-notice" not in html

    def test_repealed_document_is_marked_with_its_successor(
        self, department_a, http_request, content
    ):
        from z3c.relationfield import RelationValue
        from zope.component import getUtility
        from zope.intid.interfaces import IIntIds

        with api.env.adopt_roles(["Manager"]):
            successor = api.content.create(
                department_a["policies"],
                "PolicyDocument",
                id="p2",
                title="哈密地区招商引资优惠政策（修订）",
                document_number="哈行署发〔2006〕3号",
                issuing_authority="哈密地区行政公署",
                date_of_issue=DateTime("2006/01/05").asdatetime().date(),
            )
        publish(successor)
        original = content["policy_a"]
        with api.env.adopt_roles(["Manager"]):
            original.validity = "repealed"
            original.superseded_by = RelationValue(getUtility(IIntIds).getId(successor))
            original.reindexObject()
        logout()
        html = render(original, "policy-document-view", http_request)
        assert "hami-validity-notice" in html
        assert successor.absolute_url() in html
        assert "哈行署发〔2006〕3号" in html
        listing = render(department_a["policies"], "column-view", http_request)
        assert "hami-validity" in listing

    def test_amended_needs_successor(self):
        from hami.policy.content.policy_document import IPolicyDocument
        from zope.interface import Invalid

        class Data:
            validity = "amended"
            superseded_by = None

        with pytest.raises(Invalid):
            IPolicyDocument.validateInvariants(Data())


class TestSearch:
    def test_find_by_document_number(self, portal, http_request, content):
        logout()
        html = render(
            portal["zh-cn"],
            "hami-search",
            http_request,
            SearchableText="哈行署发〔2004〕12号",
        )
        assert "哈密地区招商引资优惠政策" in html

    def test_chinese_words(self, portal, http_request, content):
        logout()
        html = render(
            portal["zh-cn"], "hami-search", http_request, SearchableText="推进会"
        )
        assert "发改委召开项目推进会" in html
        assert "关于做好秋季开学工作的通知" not in html

    def test_filter_by_department(self, portal, http_request, content):
        logout()
        html = render(portal["zh-cn"], "hami-search", http_request, department="jyj")
        assert "关于做好秋季开学工作的通知" in html
        assert "发改委召开项目推进会" not in html

    def test_filter_by_kind_and_type(self, portal, http_request, content):
        logout()
        html = render(portal["zh-cn"], "hami-search", http_request, kind="policy")
        assert "哈密地区招商引资优惠政策" in html
        assert "发改委召开项目推进会" not in html
        html = render(
            portal["zh-cn"], "hami-search", http_request, type="News Item", kind=""
        )
        assert "发改委召开项目推进会" in html
        assert "哈密地区招商引资优惠政策" not in html

    def test_filter_by_dates(self, portal, http_request, content):
        logout()
        html = render(
            portal["zh-cn"],
            "hami-search",
            http_request,
            **{"from": "2004-01-01", "to": "2004-12-31"},
        )
        assert "发改委召开项目推进会" in html
        assert "发改委去年的旧闻" not in html

    def test_dates_are_beijing_days(self, portal, http_request, content):
        """Published at 00:30 Beijing time on 10 May: found on the 10th only."""
        news = content["news_a"]
        news.setEffectiveDate(DateTime("2004-05-10T00:30:00+08:00"))
        news.reindexObject()
        logout()

        def found(day):
            html = render(
                portal["zh-cn"],
                "hami-search",
                http_request,
                **{"from": day, "to": day, "SearchableText": ""},
            )
            return "发改委召开项目推进会" in html

        assert found("2004-05-10")
        assert not found("2004-05-09")

    def test_bad_date_is_explained(self, portal, http_request, content):
        logout()
        html = render(
            portal["zh-cn"], "hami-search", http_request, **{"from": "yesterday-ish"}
        )
        assert "alert-danger" in html

    def test_drafts_are_never_found(self, portal, http_request, content):
        with api.env.adopt_roles(["Manager"]):
            html = render(
                portal["zh-cn"], "hami-search", http_request, SearchableText="草稿"
            )
        assert "教育局草稿不应公开" not in html
