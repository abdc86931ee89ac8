"""A letter's steps are guarded before they write: who may, in which state.

Every step × the roles that must be refused, in the states where the attack
was seen: the refusal comes before anything is written, and the letter is as
it was.
"""

from hami.policy.cases.steps import take
from hami.policy.errors import Refused
from hami.policy.mailbox.steps import STEPS
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException

import pytest


ANSWER = "已责成热力公司整改。"
REDACTION = {
    "redacted_title": "小区供暖不达标",
    "redacted_body": "家中暖气温度只有12度。",
    "redacted_answer": ANSWER,
}


@pytest.fixture
def letter(send, letter_of, staff):
    return letter_of(send())


def walk(letter, to: str) -> None:
    """Bring the letter to a state the proper way, step by step."""
    path = [
        ("office", "start_review", {}),
        ("office", "accept", {"department": "fgw", "complex_case": False}),
        ("a_handler", "answer", {"answer": ANSWER}),
        ("a_leader", "approve_answer", None),
        ("leader", "approve_final", None),
        ("office", "publish", REDACTION),
    ]
    states = ["reviewing", "accepted", "answer_review", "answer_approval", "answered"]
    states.append("published")
    for (user, name, data), state in zip(path, states, strict=True):
        with api.env.adopt_user(username=user):
            if data is None or name == "start_review":
                api.content.transition(obj=letter, transition=name)
            else:
                take(letter, STEPS[name], data)
        if state == to:
            return


def snapshot(letter) -> dict:
    names = (
        "handling_department",
        "answer",
        "refusal_reason",
        "transfer_note",
        "answer_rejection",
        "redacted_title",
        "redacted_body",
        "redacted_answer",
        "body",
        "publish_consent",
    )
    return {
        "state": api.content.get_state(letter),
        **{name: getattr(letter, name, None) for name in names},
    }


REFUSED = [
    # the webmaster changes the answer once the leader has approved it
    ("answer_approval", "a_handler", "answer", {"answer": "偷改"}),
    ("answered", "a_handler", "answer", {"answer": "偷改"}),
    # the webmaster moves an answered letter to another department
    ("answered", "a_handler", "accept", {"department": "jyj"}),
    # the office cannot move it either once answered
    ("answered", "office", "accept", {"department": "jyj"}),
    # the webmaster rewrites the published copy
    ("published", "a_handler", "publish", {**REDACTION, "redacted_body": "篡改"}),
    ("published", "a_leader", "publish", {**REDACTION, "redacted_body": "篡改"}),
    # another department's people
    ("accepted", "b_handler", "answer", {"answer": "别的部门"}),
    ("answer_review", "b_leader", "return_answer", {"reason": "别的部门"}),
    # a leader does not review letters, a webmaster does not refuse them
    ("reviewing", "a_leader", "accept", {"department": "fgw"}),
    ("reviewing", "a_handler", "refuse", {"reason": "不受理"}),
    ("reviewing", "member", "transfer", {"reason": "信访"}),
    # the office does not answer
    ("accepted", "office", "answer", {"answer": "办公室代答"}),
]


@pytest.mark.parametrize("state,user,name,data", REFUSED)
def test_refused_steps_change_nothing(letter, state, user, name, data):
    walk(letter, state)
    assert api.content.get_state(letter) == state
    before = snapshot(letter)
    with api.env.adopt_user(username=user), pytest.raises(Refused) as refusal:
        take(letter, STEPS[name], data)
    assert refusal.value.status in (403, 409)
    assert snapshot(letter) == before


def test_the_office_corrects_the_published_copy(letter):
    walk(letter, "published")
    with api.env.adopt_user(username="office"):
        take(letter, STEPS["publish"], {**REDACTION, "redacted_title": "供暖不达标"})
    public = api.content.get(UID=letter.public_uid)
    assert public.title == "供暖不达标"


def test_missing_data_is_refused_with_the_field(letter):
    walk(letter, "reviewing")
    with api.env.adopt_user(username="office"), pytest.raises(Refused) as refusal:
        take(letter, STEPS["accept"], {})
    assert refusal.value.field == "department"
    assert api.content.get_state(letter) == "reviewing"


def test_no_transition_without_its_data(letter):
    """Plone's own state menu cannot skip a step's form."""
    walk(letter, "answered")
    refused = (WorkflowException, api.exc.InvalidParameterError)
    with api.env.adopt_roles(["Manager"]), pytest.raises(refused):
        api.content.transition(obj=letter, transition="publish")
    assert api.content.get_state(letter) == "answered"
    assert letter.public_uid is None


def test_nobody_edits_a_letter_directly(letter):
    """What the writer wrote, the consent, an approved answer: staff change
    them only through steps, never in an edit form or with REST PATCH."""
    from support import create_users

    create_users({"admin_of_site": ("site-administrators",)})
    walk(letter, "accepted")
    for user in ("office", "a_handler", "a_leader", "admin_of_site"):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("Modify portal content", obj=letter)


OFFICE = {"office", "office_leader"}  # both of the mailbox office's groups
STATES_AND_PERMISSIONS = [
    # (state, permission, users who have it)
    ("reviewing", "hami.policy: Review letters", OFFICE),
    ("accepted", "hami.policy: Review letters", OFFICE),
    ("answered", "hami.policy: Review letters", set()),
    ("accepted", "hami.policy: Answer letters", {"a_handler"}),
    ("answer_review", "hami.policy: Answer letters", set()),
    ("answer_review", "hami.policy: Approve answers", {"a_leader"}),
    ("answer_approval", "hami.policy: Approve answers", {"leader"}),
    ("answered", "hami.policy: Publish letters", OFFICE),
    ("published", "hami.policy: Publish letters", OFFICE),
    ("accepted", "hami.policy: Publish letters", set()),
]


@pytest.mark.parametrize("state,permission,holders", STATES_AND_PERMISSIONS)
def test_step_permissions_per_state(letter, state, permission, holders):
    walk(letter, state)
    users = ("office", "office_leader", "a_handler", "a_leader", "b_handler", "leader")
    have = set()
    for user in users:
        with api.env.adopt_user(username=user):
            if api.user.has_permission(permission, obj=letter):
                have.add(user)
    assert have == holders
