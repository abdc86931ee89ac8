"""The webmasters' daily digest of columns to update, once a day."""

import pytest


@pytest.fixture
def sent(monkeypatch):
    from hami.policy.supervision import reminders
    from zope.i18n import translate

    mails = []

    def send(recipients, subject, body, language):
        mails.append({
            "to": recipients,
            "subject": translate(subject, target_language=language),
            "body": translate(body, target_language=language),
        })

    monkeypatch.setattr(reminders, "send", send)
    return mails


def test_digest_to_the_webmasters(portal, people, department_a, publish, at, sent):
    from hami.policy.supervision.reminders import remind

    publish(department_a["news"], "2026-10-01")  # overdue
    publish(department_a["notices"], "2026-06-05")  # due soon (5 months)
    for name in ("policies", "guides", "leaders", "overview"):
        publish(department_a[name], "2026-11-10")
    at("2026-11-16")
    mailed = remind()
    assert "fgw" in mailed
    mail = next(mail for mail in sent if mail["to"] == ["a_editor@example.gov.cn"])
    assert mail["subject"] == "发展和改革委员会：2 个栏目需要更新"
    body = mail["body"]
    assert "- [超期未更新] 工作动态 (最近发布 2026-10-01，到期 2026-10-15)" in body
    assert "- [即将到期] 通知公告 (最近发布 2026-06-05，到期 2026-12-05)" in body
    assert body.index("工作动态") < body.index("通知公告")  # overdue first
    assert department_a["news"].absolute_url() in body
    assert f"{department_a.absolute_url()}/@@supervision" in body
    # leaders, reviewers and other departments' webmasters get no copy
    assert all(mail["to"] != ["a_reviewer@example.gov.cn"] for mail in sent)
    other = next(mail for mail in sent if mail["to"] == ["b_editor@example.gov.cn"])
    assert other["subject"].startswith("教育局：")
    assert department_a.absolute_url() not in other["body"]


def test_once_a_day(portal, people, department_a, at, sent):
    from hami.policy.supervision.reminders import remind

    at("2026-11-16")
    first = remind()
    assert "fgw" in first and "jyj" in first  # empty columns everywhere
    count = len(sent)
    assert remind() == []
    assert len(sent) == count
    at("2026-11-17")
    assert remind() == first


def test_nothing_to_do_no_mail(portal, people, department_a, publish, at, sent):
    from hami.policy.supervision.reminders import remind

    for name in ("news", "notices", "policies", "guides", "leaders", "overview"):
        publish(department_a[name], "2026-11-10")
    at("2026-11-16")
    assert "fgw" not in remind()
    assert not [mail for mail in sent if mail["to"] == ["a_editor@example.gov.cn"]]
