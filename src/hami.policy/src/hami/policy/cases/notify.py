"""Mail to citizens in their language and to staff in theirs, through the queue.

Staff mail is written in Chinese unless the recipient chose another language
in their personal preferences (a Uyghur or Kazakh webmaster reads their
notifications in Uyghur or Kazakh); a list address has no person behind it
and gets Chinese."""

from hami.policy import logger
from plone import api
from zope.i18n import translate


STAFF_LANGUAGE = "zh_CN"


def gettext_language(language: str | None) -> str:
    return "zh_CN" if language in (None, "", "zh-cn") else language


def staff_languages(recipients: list[str]) -> dict[str, list[str]]:
    """The recipients grouped by the language they chose (Chinese otherwise)."""
    acl_users = api.portal.get_tool("acl_users")
    groups: dict[str, list[str]] = {}
    for email in recipients:
        language = STAFF_LANGUAGE
        for found in acl_users.searchUsers(email=email, exact_match=True)[:1]:
            user = api.user.get(userid=found["userid"])
            chosen = user.getProperty("language", "") if user is not None else ""
            if chosen in ("ug", "kk", "en"):
                language = chosen
        groups.setdefault(language, []).append(email)
    return groups


def send(recipients: list[str], subject, body, language: str) -> None:
    if not recipients:
        return
    if language == STAFF_LANGUAGE:
        groups = staff_languages(recipients)
        if set(groups) != {STAFF_LANGUAGE}:
            for chosen, emails in groups.items():
                _send(emails, subject, body, chosen)
            return
    _send(recipients, subject, body, language)


def _send(recipients: list[str], subject, body, language: str) -> None:
    try:
        api.portal.send_email(
            recipient=", ".join(recipients),
            subject=translate(subject, target_language=language),
            body=translate(body, target_language=language),
        )
    except ValueError:
        logger.warning("MailHost not configured; mail not sent: %s", subject)
