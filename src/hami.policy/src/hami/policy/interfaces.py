from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IHamiPolicyLayer(IDefaultBrowserLayer):
    """Marker interface for the browser layer of hami.policy."""
