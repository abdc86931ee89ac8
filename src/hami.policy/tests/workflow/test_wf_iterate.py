"""A published item changes only after the change has passed the same review."""

from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.testing import logout

import pytest
import transaction


@pytest.fixture
def published(people, department_a):
    column = department_a["news"]
    with api.env.adopt_user(username="a_editor"):
        item = api.content.create(column, "News Item", id="n", title="原标题")
        api.content.transition(obj=item, transition="submit")
    with api.env.adopt_user(username="a_reviewer"):
        api.content.transition(obj=item, transition="approve")
    return item


def test_change_goes_live_only_after_approval(published, department_a):
    column = department_a["news"]
    with api.env.adopt_user(username="a_editor"):
        copy = ICheckinCheckoutPolicy(published).checkout(column)
        assert api.content.get_state(copy) == "draft"
        copy.title = "新标题"
        copy.reindexObject()
        api.content.transition(obj=copy, transition="submit")
    logout()
    assert column["n"].Title() == "原标题"  # the public still sees the original
    with api.env.adopt_user(username="a_reviewer"):
        api.content.transition(obj=copy, transition="approve")
    transaction.savepoint()
    # The approved working copy replaced the original (checked in on commit).
    transaction.get().getBeforeCommitHooks()
    for hook, args, kwargs in list(transaction.get().getBeforeCommitHooks()):
        hook(*args, **kwargs)
    item = column["n"]
    assert item.Title() == "新标题"
    assert api.content.get_state(item) == "published"
    assert [o for o in column.objectIds() if o != "n" and "copy" in o] == []


def test_rejected_change_leaves_original(published, department_a):
    column = department_a["news"]
    with api.env.adopt_user(username="a_editor"):
        copy = ICheckinCheckoutPolicy(published).checkout(column)
        copy.title = "错误的标题"
        api.content.transition(obj=copy, transition="submit")
    with api.env.adopt_user(username="a_reviewer"):
        api.content.transition(obj=copy, transition="reject", comment="标题不对")
    assert column["n"].Title() == "原标题"
    assert api.content.get_state(column["n"]) == "published"
