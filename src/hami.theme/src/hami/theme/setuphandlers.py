"""Install and uninstall handlers of the hami.theme profiles."""

from plone.app.theming.utils import applyTheme
from plone.app.theming.utils import getTheme
from plone.base.interfaces import INonInstallable
from Products.GenericSetup.tool import SetupTool
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self) -> list[str]:
        return ["hami.theme:uninstall"]


def uninstall(setup_tool: SetupTool) -> None:
    """Hand the site back to Barceloneta, Plone's default theme."""
    applyTheme(getTheme("barceloneta"))
