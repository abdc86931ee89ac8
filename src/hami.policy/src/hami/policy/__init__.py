"""Policy of the Hami prefecture portal (哈密政府网)."""

from zope.i18nmessageid import MessageFactory

import logging


__version__ = "1.0.0.dev0"

PACKAGE_NAME = "hami.policy"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
