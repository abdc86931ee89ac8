from hami.policy.languages import is_rtl
from plone.app.layout.globals.portal import PortalState


class HamiPortalState(PortalState):
    """Plone's portal state, with the portal's right-to-left languages."""

    def is_rtl(self) -> bool:
        return is_rtl(self.language())
