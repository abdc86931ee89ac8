"""Who sees which dashboard, and what the dashboard shows."""

from AccessControl import Unauthorized
from hami.policy.testing import TEST_UNITS
from plone import api
from plone.app.testing import login
from plone.app.testing import logout

import pytest


def open_page(context, name="@@supervision"):
    # a fresh request, as each page view has: borg.localrole caches the
    # local-role decisions of a user on the request
    from zope.annotation.interfaces import IAnnotations

    IAnnotations(context.REQUEST).clear()
    return context.restrictedTraverse(name)


@pytest.mark.parametrize("user", ["a_editor", "a_reviewer"])
def test_department_staff_see_their_department_only(
    portal, people, department_a, department_b, user
):
    login(portal, user)
    assert open_page(department_a)
    assert open_page(department_a, "@@assessment")
    assert open_page(department_a, "@@annual-report")
    for context in (department_b, portal["zh-cn"]):
        for name in (
            "@@supervision",
            "@@assessment",
            "@@annual-report",
            "@@assessment.xlsx",
        ):
            with pytest.raises(Unauthorized):
                open_page(context, name)


@pytest.mark.parametrize("user", ["centre", "leader", "siteadmin"])
def test_management_centre_sees_everything(
    portal, people, department_a, department_b, user
):
    login(portal, user)
    for context in (portal["zh-cn"], department_a, department_b):
        assert open_page(context)


@pytest.mark.parametrize("user", ["member", None])
def test_others_see_nothing(portal, people, department_a, user):
    if user:
        login(portal, user)
    else:
        logout()
    for context in (portal["zh-cn"], department_a):
        with pytest.raises(Unauthorized):
            open_page(context)


def test_entry_leads_to_the_users_dashboard(portal, people, http_request, department_a):
    login(portal, "a_editor")
    view = api.content.get_view("supervision", portal, http_request)
    view()
    assert http_request.response.getHeader("Location") == (
        f"{department_a.absolute_url()}/@@supervision"
    )
    login(portal, "centre")
    view()
    assert http_request.response.getHeader("Location") == (
        f"{portal['zh-cn'].absolute_url()}/@@supervision"
    )
    login(portal, "member")
    with pytest.raises(Unauthorized):
        view()


def test_user_menu_offers_the_dashboard(portal, people, http_request):
    def user_actions():
        tool = api.portal.get_tool("portal_actions")
        actions = tool.listFilteredActionsFor(portal["zh-cn"])["user"]
        return [action["id"] for action in actions]

    login(portal, "a_editor")
    assert "supervision" in user_actions()
    login(portal, "centre")
    assert "supervision" in user_actions()
    login(portal, "member")
    assert "supervision" not in user_actions()


@pytest.fixture
def dashboard(portal, department_a, department_b, publish, at, http_request):
    publish(department_a["news"], "2026-10-01")  # overdue
    publish(department_a["notices"], "2026-11-10")  # fresh
    publish(department_b["news"], "2026-11-04")  # due soon
    at("2026-11-16")

    def dashboard(context=None, **form):
        http_request.form.clear()
        http_request.form.update(form)
        view = api.content.get_view(
            "supervision", context or portal["zh-cn"], http_request
        )
        view.__call__()
        return view

    return dashboard


def test_dashboard_lists_every_column_worst_first(dashboard, department_a):
    from lxml import html

    view = dashboard()
    page = html.fromstring(view())
    rows = page.cssselect(".hami-columns-table tbody tr")
    statuses = [row.get("data-status") for row in rows]
    assert len(rows) == 7 * 6  # seven units of six columns
    assert statuses[0] == "overdue"
    assert statuses == sorted(
        statuses, key=["overdue", "empty", "due_soon", "fresh", "static"].index
    )
    overdue = rows[0]
    assert (
        overdue.cssselect("th a")[0].get("href") == department_a["news"].absolute_url()
    )
    assert overdue.cssselect("a.btn")[0].get("href") == (
        f"{department_a['news'].absolute_url()}/++add++News Item"
    )
    assert "2026-10-15" in overdue.text_content()  # due date
    # the portal's own checks and one line per department
    assert page.cssselect("#hami-check-home")[0].get("data-level") == "ok"
    units = [
        row.get("data-unit")
        for row in page.cssselect(".hami-departments-table tbody tr")
    ]
    assert sorted(units) == sorted(TEST_UNITS)


def test_dashboard_filters(dashboard, department_b):
    view = dashboard(department="jyj")
    columns = view.columns()
    assert {column.department for column in columns} == {"jyj"}
    view = dashboard(status="due_soon")
    assert [column.path for column in view.columns()] == [
        "/".join(department_b["news"].getPhysicalPath())
    ]
    view = dashboard(kind="news", status="empty")
    assert len(view.columns()) == 5  # the other five units' news columns
    assert all(column.kind == "news" for column in view.columns())


def test_dashboard_sorts(dashboard):
    view = dashboard(sort="last", order="descending")
    dates = [column.last for column in view.columns() if column.last]
    assert [d.isoformat() for d in dates] == ["2026-11-10", "2026-11-04", "2026-10-01"]
    view = dashboard(sort="department", order="ascending")
    titles = [view.titles()[column.department] for column in view.columns()]
    assert titles == sorted(titles)


def test_department_dashboard(dashboard, department_a):
    from lxml import html

    view = dashboard(department_a)
    page = html.fromstring(view())
    rows = page.cssselect(".hami-columns-table tbody tr")
    assert len(rows) == 6
    assert not page.cssselect(".hami-departments-table")
    assert page.cssselect("#hami-check-empty")[0].get("data-level") == "warning"
    assert page.cssselect("#hami-check-home")[0].get("data-level") == "ok"


def test_user_menu_offers_the_case_queues(portal, people, http_request):
    """Staff reach the letters and the applications they handle from the user
    menu; citizens with an account do not get these entries."""

    def user_actions():
        tool = api.portal.get_tool("portal_actions")
        actions = tool.listFilteredActionsFor(portal["zh-cn"])["user"]
        return {action["id"]: action["url"] for action in actions}

    portal_url = portal.absolute_url()
    http_request["LANGUAGE"] = "zh-cn"
    for user in ("a_editor", "a_reviewer", "centre", "leader", "siteadmin"):
        login(portal, user)
        actions = user_actions()
        assert actions["letters-to-handle"] == (
            f"{portal_url}/letterbox/folder_contents"
        )
        assert actions["applications-to-handle"] == (
            f"{portal_url}/zh-cn/@@service-centre"
        )
        assert portal.unrestrictedTraverse("letterbox").restrictedTraverse(
            "folder_contents"
        )
    login(portal, "member")
    assert not {"letters-to-handle", "applications-to-handle"} & set(user_actions())
