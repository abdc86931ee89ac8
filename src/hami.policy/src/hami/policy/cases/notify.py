"""Mail to citizens in their language and to staff in Chinese, through the queue."""

from hami.policy import logger
from plone import api
from zope.i18n import translate


STAFF_LANGUAGE = "zh_CN"


def gettext_language(language: str | None) -> str:
    return "zh_CN" if language in (None, "", "zh-cn") else language


def send(recipients: list[str], subject, body, language: str) -> None:
    if not recipients:
        return
    try:
        api.portal.send_email(
            recipient=", ".join(recipients),
            subject=translate(subject, target_language=language),
            body=translate(body, target_language=language),
        )
    except ValueError:
        logger.warning("MailHost not configured; mail not sent: %s", subject)
