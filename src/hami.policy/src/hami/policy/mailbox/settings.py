from hami.policy.controlpanels.settings import IMailboxSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


LETTER_BOX = "letterbox"  # private: the letters themselves
ARCHIVE = "letters"  # public: redacted copies of published letters
OFFICE = "mailbox"  # the unit id of the commissioner's mailbox office
PETITIONS_OFFICE = "xfj"  # 信访局
TRACKING_PREFIX = "XJ"  # 信件


def settings() -> IMailboxSettings:
    return getUtility(IRegistry).forInterface(
        IMailboxSettings, prefix="hami.policy.mailbox", check=False
    )


def letter_box():
    return api.portal.get()[LETTER_BOX]


def archive():
    return api.portal.get()[ARCHIVE]
