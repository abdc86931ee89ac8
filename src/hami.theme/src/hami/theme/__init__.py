"""Classic UI theme of the Hami prefecture portal."""

from zope.i18nmessageid import MessageFactory

import logging


__version__ = "1.0.0.dev0"

PACKAGE_NAME = "hami.theme"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
