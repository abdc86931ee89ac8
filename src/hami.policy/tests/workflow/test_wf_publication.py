"""The three-level review (三审): every role × action cell in department A.

Department A is fgw, B is jyj. The news column publishes after the department's
approval; the notices column needs the management centre's final review.
"""

from AccessControl import Unauthorized as AccessControlUnauthorized
from plone import api
from plone.app.testing import logout
from Products.CMFCore.WorkflowCore import WorkflowException
from zExceptions import Unauthorized

import pytest


ROLES = (
    "anonymous",
    "member",
    "a_editor",
    "a_reviewer",
    "b_editor",
    "b_reviewer",
    "centre",
    "leader",
    "siteadmin",
)
ACTIONS = (
    "view_draft",
    "add",
    "edit",
    "submit",
    "approve",
    "final_approve",
    "publish",
    "retract",
)
Y, N = True, False
MATRIX = {
    #             view_draft add edit submit approve final publish retract
    "anonymous": (N, N, N, N, N, N, N, N),
    "member": (N, N, N, N, N, N, N, N),
    "a_editor": (Y, Y, Y, Y, N, N, N, N),
    "a_reviewer": (Y, N, N, N, Y, N, N, Y),
    "b_editor": (N, N, N, N, N, N, N, N),
    "b_reviewer": (N, N, N, N, N, N, N, N),
    "centre": (N, N, N, N, N, Y, N, Y),
    "leader": (N, N, N, N, N, N, N, N),
    "siteadmin": (Y, Y, Y, Y, Y, Y, Y, Y),
}


def item_in_state(column, state: str, id_: str):
    """A news item or notice created by A's webmaster, brought to ``state``."""
    with api.env.adopt_user(username="a_editor"):
        item = api.content.create(
            container=column, type="News Item", id=id_, title=f"Item {id_}"
        )
    steps = {
        "draft": [],
        "pending_department": [("a_editor", "submit")],
        "pending_final": [("a_editor", "submit"), ("a_reviewer", "send_to_final")],
        "published": [("a_editor", "submit"), ("a_reviewer", "approve")],
    }[state]
    for user, transition in steps:
        with api.env.adopt_user(username=user):
            api.content.transition(obj=item, transition=transition)
    assert api.content.get_state(item) == state
    return item


def as_user(role: str):
    if role == "anonymous":
        logout()
        return _Nothing()
    return api.env.adopt_user(username=role)


class _Nothing:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def transitions(obj) -> set[str]:
    workflow = api.portal.get_tool("portal_workflow")
    return {t["id"] for t in workflow.getTransitionsFor(obj)}


def can(role: str, action: str, items: dict, news, notices) -> bool:
    with as_user(role):
        if action == "view_draft":
            return bool(api.user.get_permissions(obj=items["draft"]).get("View"))
        if action == "add":
            try:
                api.content.create(container=news, type="News Item", title="new")
            except (
                Unauthorized,
                AccessControlUnauthorized,
                ValueError,
                api.exc.InvalidParameterError,
            ):
                return False
            return True
        if action == "edit":
            return bool(
                api.user.get_permissions(obj=items["draft"]).get(
                    "Modify portal content"
                )
            )
        if action == "submit":
            return "submit" in transitions(items["draft"])
        if action == "approve":
            return "approve" in transitions(items["pending_department"])
        if action == "final_approve":
            return "final_approve" in transitions(items["pending_final"])
        if action == "publish":
            return "publish" in transitions(items["draft"])
        if action == "retract":
            return "retract" in transitions(items["published"])
    raise AssertionError(action)


@pytest.fixture
def columns(department_a):
    return department_a["news"], department_a["notices"]


@pytest.fixture
def items(people, columns):
    news, notices = columns
    return {
        "draft": item_in_state(news, "draft", "draft"),
        "pending_department": item_in_state(news, "pending_department", "pending"),
        # The notices column needs the management centre's final review.
        "pending_final": item_in_state(notices, "pending_final", "final"),
        "published": item_in_state(news, "published", "published"),
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_permission_matrix(role, action, items, columns):
    news, notices = columns
    expected = MATRIX[role][ACTIONS.index(action)]
    assert can(role, action, items, news, notices) is expected


class TestReviewPath:
    def test_news_published_after_department_approval(self, people, columns):
        news, _ = columns
        item = item_in_state(news, "pending_department", "n1")
        with api.env.adopt_user(username="a_reviewer"):
            assert "send_to_final" not in transitions(item)
            api.content.transition(obj=item, transition="approve")
        assert api.content.get_state(item) == "published"
        assert item.effective_date is not None

    def test_notice_needs_final_review(self, people, columns):
        _, notices = columns
        item = item_in_state(notices, "pending_department", "n2")
        with api.env.adopt_user(username="a_reviewer"):
            assert "approve" not in transitions(item)
            api.content.transition(obj=item, transition="send_to_final")
        assert api.content.get_state(item) == "pending_final"
        with api.env.adopt_user(username="a_reviewer"):
            assert "final_approve" not in transitions(item)
        with api.env.adopt_user(username="centre"):
            api.content.transition(obj=item, transition="final_approve")
        assert api.content.get_state(item) == "published"

    def test_anonymous_sees_published_only(self, people, items):
        logout()
        for state, item in items.items():
            visible = bool(api.user.get_permissions(obj=item).get("View"))
            assert visible is (state == "published"), state

    def test_rejection_needs_a_reason(self, people, columns):
        news, _ = columns
        item = item_in_state(news, "pending_department", "n3")
        with api.env.adopt_user(username="a_reviewer"):
            with pytest.raises(WorkflowException, match="needs a reason"):
                workflow = api.portal.get_tool("portal_workflow")
                workflow.doActionFor(item, "reject", comment="  ")
            assert api.content.get_state(item) == "pending_department"
            api.content.transition(
                obj=item, transition="reject", comment="标题有错别字"
            )
        assert api.content.get_state(item) == "draft"

    def test_history_says_who_did_what_and_when(self, people, columns):
        news, _ = columns
        item = item_in_state(news, "published", "n4")
        with api.env.adopt_user(username="a_reviewer"):
            history = api.portal.get_tool("portal_workflow").getInfoFor(
                item, "review_history"
            )
        steps = [(entry["action"], entry["actor"]) for entry in history]
        assert steps == [
            (None, "a_editor"),
            ("submit", "a_editor"),
            ("approve", "a_reviewer"),
        ]
        assert all(entry["time"] for entry in history)

    def test_webmaster_cannot_edit_published_item_directly(self, people, items):
        with api.env.adopt_user(username="a_editor"):
            permissions = api.user.get_permissions(obj=items["published"])
        assert not permissions["Modify portal content"]
        assert permissions["iterate : Check out content"]

    def test_webmaster_cannot_check_in_by_hand(self, people, items):
        with api.env.adopt_user(username="a_editor"):
            permissions = api.user.get_permissions(obj=items["draft"])
        assert not permissions["iterate : Check in content"]
