"""Reviewers learn by e-mail what waits for them: one mail per transition.

Mail goes through Plone's MailHost to a real SMTP server on loopback and is
sent only when the transaction commits.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from support import decoded

import pytest
import transaction


@pytest.fixture
def staff(functional_portal):
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        for user_id, group in (
            ("a_editor", "fgw-editors"),
            ("a_reviewer", "fgw-reviewers"),
            ("a_reviewer2", "fgw-reviewers"),
            ("b_reviewer", "jyj-reviewers"),
            ("centre", "centre-reviewers"),
        ):
            api.user.create(
                email=f"{user_id}@example.gov.cn", username=user_id, password="x" * 12
            )
            api.group.add_user(groupname=group, username=user_id)
    transaction.commit()


def wait_for(messages, count, timeout=10):
    import time

    deadline = time.monotonic() + timeout
    while len(messages) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return messages


def new_item(portal, column_id="news"):
    column = portal["zh-cn"]["departments"]["fgw"][column_id]
    with api.env.adopt_user(username="a_editor"):
        item = api.content.create(
            column, "News Item", title="关于召开全区项目建设会议的通知"
        )
    transaction.commit()
    return item


def test_submission_mails_the_department_leaders_once(functional_portal, staff, mail):
    api.portal.set_registry_record(
        "hami.policy.security.public_url", "https://www.hami.gov.cn"
    )
    item = new_item(functional_portal)
    with api.env.adopt_user(username="a_editor"):
        api.content.transition(obj=item, transition="submit")
    transaction.commit()
    messages = wait_for(mail, 1)
    assert len(messages) == 1
    recipients = messages[0]["X-Rcpt-Tos"]
    assert "a_reviewer@example.gov.cn" in recipients
    assert "a_reviewer2@example.gov.cn" in recipients
    assert "b_reviewer@example.gov.cn" not in recipients
    text = decoded(messages[0])
    assert "关于召开全区项目建设会议的通知" in text
    # the link goes to the public address, whatever the request was
    path = "/".join(item.getPhysicalPath()[2:])
    assert f"https://www.hami.gov.cn/{path}" in text
    assert "localhost" not in text


def test_aborted_transition_sends_nothing(functional_portal, staff, mail):
    item = new_item(functional_portal)
    with api.env.adopt_user(username="a_editor"):
        api.content.transition(obj=item, transition="submit")
    transaction.abort()  # e.g. a conflict: the request will be retried
    with api.env.adopt_user(username="a_editor"):
        api.content.transition(obj=item, transition="submit")
    transaction.commit()
    assert len(wait_for(mail, 2, timeout=2)) == 1


def test_final_review_mails_the_centre(functional_portal, staff, mail):
    item = new_item(functional_portal, "notices")
    with api.env.adopt_user(username="a_editor"):
        api.content.transition(obj=item, transition="submit")
    with api.env.adopt_user(username="a_reviewer"):
        api.content.transition(obj=item, transition="send_to_final")
    transaction.commit()
    messages = wait_for(mail, 2)
    recipients = sorted(message["X-Rcpt-Tos"] for message in messages)
    # fgw's leaders: the two of the test and the head from the staff directory
    assert recipients == [
        "a_reviewer2@example.gov.cn, a_reviewer@example.gov.cn, zhaihaibo@hami.gov.cn",
        "centre@example.gov.cn",
    ]


def test_rejection_mails_the_author_with_the_reason(functional_portal, staff, mail):
    item = new_item(functional_portal)
    with api.env.adopt_user(username="a_editor"):
        api.content.transition(obj=item, transition="submit")
    with api.env.adopt_user(username="a_reviewer"):
        api.content.transition(obj=item, transition="reject", comment="请补充会议时间")
    transaction.commit()
    messages = wait_for(mail, 2)
    (to_author,) = [m for m in messages if m["X-Rcpt-Tos"] == "a_editor@example.gov.cn"]
    assert "请补充会议时间" in decoded(to_author)
