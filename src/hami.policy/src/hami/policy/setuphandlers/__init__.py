"""Install and uninstall handlers of the hami.policy profiles."""

from hami.policy.security import throttle
from hami.policy.setuphandlers.cases import setup_mailbox
from hami.policy.setuphandlers.cases import setup_service_hall
from hami.policy.setuphandlers.languages import setup_language_roots
from hami.policy.setuphandlers.oa import setup_oa
from plone import api
from plone.base.interfaces import INonInstallable
from Products.GenericSetup.tool import SetupTool
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self) -> list[str]:
        return ["hami.policy:uninstall"]


def post_install(setup_tool: SetupTool) -> None:
    portal = api.portal.get()
    setup_language_roots(portal)
    setup_mailbox(portal)
    setup_service_hall(portal)
    setup_oa(portal)
    throttle.install(portal.acl_users, "source_users")


def uninstall(setup_tool: SetupTool) -> None:
    """Content stays: the language roots belong to the site, not to the add-on;
    the user source checks passwords itself again."""
    throttle.uninstall(api.portal.get().acl_users)
