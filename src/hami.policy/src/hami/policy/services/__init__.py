"""The REST services of hami.policy (configure.zcml registers them)."""

from plone.restapi.services import Service
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class TraversingService(Service):
    """A service with sub-paths: ``/@letters/status`` gives ``params == ["status"]``."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self
