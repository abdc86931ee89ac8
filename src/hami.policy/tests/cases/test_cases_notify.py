"""Staff read their notifications in the language they chose (Chinese by default)."""

from hami.policy.cases.notify import send
from hami.policy.cases.notify import STAFF_LANGUAGE
from hami.policy.oa.mails import _
from plone import api
from support import decoded
from zope.i18nmessageid import Message

import time
import transaction


def test_a_uyghur_webmaster_reads_staff_mail_in_uyghur(functional_portal, mail):
    messages = mail
    directory = functional_portal["oa"]["directory"]
    uyghur, chinese = directory["hm0096"].email, directory["hm0097"].email
    api.user.get(userid="hm0096").setMemberProperties({"language": "ug"})
    subject = Message(
        _("mail_oa_turn_subject", default="Waiting for you: ${title}"),
        mapping={"title": "2026"},
    )
    send([uyghur, chinese], subject, subject, STAFF_LANGUAGE)
    transaction.commit()
    deadline = time.monotonic() + 10
    while len(messages) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(messages) == 2
    by_recipient = {message["X-Rcpt-Tos"]: decoded(message) for message in messages}
    assert any("\u0600" <= c <= "\u06ff" for c in by_recipient[uyghur])
    assert any("\u4e00" <= c <= "\u9fff" for c in by_recipient[chinese])
