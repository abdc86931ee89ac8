"""The recipient units' offices hear of an issued document; chasing reaches
the late unit's office. Real SMTP on loopback, sent when the step commits."""

from hami.policy.oa import receipts
from plone import api
from test_oa_documents import FGW_OFFICE
from test_oa_documents import issued

import transaction


def address(login: str) -> str:
    """A person's mail address (the pinyin of their name, see mail/)."""
    return api.portal.get()["oa"]["directory"][login].email


def wait_for(messages, count, timeout=10):
    import time

    deadline = time.monotonic() + timeout
    while len(messages) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return messages


def test_issue_and_chase_mails(functional_portal, mail):
    messages = mail
    document = issued(functional_portal)
    transaction.commit()
    wait_for(messages, 1)
    recipients = {a.strip() for m in messages for a in m["X-Rcpt-Tos"].split(",")}
    # the offices of jyj (hm0096, hm0097) and gsj (hm0340, hm0341)
    assert {address("hm0096"), address("hm0341")} <= recipients
    assert address("hm0098") not in recipients  # staff, not the office
    count = len(messages)
    with api.env.adopt_user(username=FGW_OFFICE):
        receipts.chase(document, "gsj")
    transaction.commit()
    wait_for(messages, count + 1)
    chase = messages[-1]
    assert address("hm0341") in chase["X-Rcpt-Tos"]
    assert address("hm0096") not in chase["X-Rcpt-Tos"]


def test_each_step_tells_whose_turn_it_is(functional_portal, mail):
    from hami.policy.cases.steps import take
    from hami.policy.oa.steps import STEPS
    from test_oa_documents import draft
    from test_oa_documents import DRAFTER

    messages = mail
    document = draft(functional_portal)
    transaction.commit()

    def step(user, function, *args):
        count = len(messages)
        with api.env.adopt_user(username=user):
            function(*args)
        transaction.commit()
        wait_for(messages, count + 1)
        return messages[count]["X-Rcpt-Tos"]

    # submitted: fgw's office (hm0078; hm0077 has left); checked: its head
    assert address("hm0078") in step(
        DRAFTER, lambda: api.content.transition(obj=document, transition="submit")
    )
    assert address("hm0074") in step(FGW_OFFICE, take, document, STEPS["check"], {})
    # sent back by the head: the author
    assert address(DRAFTER) == step(
        "hm0074", take, document, STEPS["send_back"], {"reason": "请补充依据"}
    )
