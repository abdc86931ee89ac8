"""The audit trail: what is recorded, and who reads it."""

from hami.policy.security import audit
from plone import api

import pytest
import transaction


def trail(portal) -> list[dict]:
    return list(audit.entries(portal._p_jar.root()))


def test_a_workflow_step_is_recorded(portal, department_a, people):
    before = len(trail(portal))
    with api.env.adopt_user(username="a_editor"):
        item = api.content.create(department_a["news"], "News Item", title="通知")
        api.content.transition(obj=item, transition="submit")
    entries = trail(portal)
    assert len(entries) == before + 1
    entry = entries[0]
    assert entry["kind"] == "workflow"
    assert entry["actor"] == "a_editor"
    assert entry["path"].endswith("/news/" + item.getId())
    assert entry["detail"].startswith("submit:")


def test_group_changes_are_recorded(portal, people):
    api.group.add_user(groupname="jyj-editors", username="a_editor")
    entry = trail(portal)[0]
    assert (entry["kind"], entry["path"], entry["detail"]) == (
        "group_added",
        "jyj-editors",
        "a_editor",
    )
    api.group.remove_user(groupname="jyj-editors", username="a_editor")
    assert trail(portal)[0]["kind"] == "group_removed"


def test_sharing_changes_are_recorded(portal, department_a, people, http_request):
    from plone.app.workflow.events import LocalrolesModifiedEvent
    from zope.event import notify

    department_a.manage_setLocalRoles("b_editor", ["Editor"])
    notify(LocalrolesModifiedEvent(department_a, http_request))
    entry = trail(portal)[0]
    assert entry["kind"] == "sharing"
    assert "b_editor" in entry["detail"]


def test_a_step_that_is_rolled_back_leaves_no_entry(functional_portal):
    department = functional_portal["zh-cn"]["departments"]["fgw"]
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(department["news"], "News Item", title="通知")
    transaction.commit()
    before = len(trail(functional_portal))
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=item, transition="submit")
    assert len(trail(functional_portal)) == before + 1
    transaction.abort()
    assert len(trail(functional_portal)) == before


@pytest.mark.parametrize("user,allowed", [("siteadmin", True), ("a_editor", False)])
def test_only_site_administrators_read_it(portal, people, user, allowed):
    with api.env.adopt_user(username=user):
        permission = "hami.policy: View audit trail"
        assert bool(api.user.has_permission(permission, obj=portal)) is allowed
