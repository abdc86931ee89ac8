"""An application's steps are guarded before they write: who may, in which state."""

from hami.policy.cases.steps import take
from hami.policy.errors import Refused
from hami.policy.servicehall.steps import STEPS
from plone import api

import pytest


def walk(application, to: str) -> None:
    path = [
        ("centre", "accept", None, "accepted"),
        ("handler", "start_review", None, "under_review"),
        (
            "handler",
            "decide",
            {"decision": "approve", "note": "准予变更。"},
            "approved",
        ),
    ]
    for user, name, data, state in path:
        if api.content.get_state(application) == to:
            return
        with api.env.adopt_user(username=user):
            if data is None:
                api.content.transition(obj=application, transition=name)
            else:
                take(application, STEPS[name], data)
        assert api.content.get_state(application) == state


def snapshot(application) -> dict:
    names = ("decision_note", "refusal_reason", "supplement_request", "proposed")
    return {
        "state": api.content.get_state(application),
        **{name: getattr(application, name, None) for name in names},
    }


REFUSED = [
    # the centre rewrites a decision that has been made
    ("approved", "centre", "decide", {"decision": "deny", "note": "改为不予变更。"}),
    # the department rewrites it too
    ("approved", "handler", "decide", {"decision": "deny", "note": "改为不予变更。"}),
    # another department decides
    ("under_review", "other", "decide", {"decision": "approve", "note": "别的部门"}),
    # the department does not refuse an application the centre accepted
    ("accepted", "handler", "refuse", {"reason": "不受理"}),
    # a decision before the examination started
    ("accepted", "handler", "decide", {"decision": "approve", "note": "太早"}),
    # a member of the public
    ("submitted", "member", "refuse", {"reason": "不受理"}),
    ("submitted", "member", "request_supplement", {"missing": "身份证"}),
]


@pytest.mark.parametrize("state,user,name,data", REFUSED)
def test_refused_steps_change_nothing(apply, staff, state, user, name, data):
    application, _receipt = apply()
    walk(application, state)
    before = snapshot(application)
    with api.env.adopt_user(username=user), pytest.raises(Refused) as refusal:
        take(application, STEPS[name], data)
    assert refusal.value.status in (403, 409)
    assert snapshot(application) == before


def test_a_decision_needs_its_reasons(apply, staff):
    application, _receipt = apply()
    walk(application, "under_review")
    with api.env.adopt_user(username="handler"), pytest.raises(Refused) as refusal:
        take(application, STEPS["decide"], {"decision": "approve", "note": ""})
    assert refusal.value.field == "note"
    assert api.content.get_state(application) == "under_review"


def test_an_unknown_decision_is_refused(apply, staff):
    application, _receipt = apply()
    walk(application, "under_review")
    with api.env.adopt_user(username="handler"), pytest.raises(Refused) as refusal:
        take(application, STEPS["decide"], {"decision": "close", "note": "关闭"})
    assert refusal.value.field == "decision"
    assert api.content.get_state(application) == "under_review"
