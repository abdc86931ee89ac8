"""Classic UI theme of the Hami prefecture portal."""

import logging

from zope.i18nmessageid import MessageFactory

__version__ = "1.0.0.dev0"

PACKAGE_NAME = "hami.theme"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
