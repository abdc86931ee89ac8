from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE


class HamiPolicyLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import hami.policy

        self.loadZCML(package=hami.policy)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "hami.policy:default")


FIXTURE = HamiPolicyLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="HamiPolicyLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="HamiPolicyLayer:FunctionalTesting"
)
