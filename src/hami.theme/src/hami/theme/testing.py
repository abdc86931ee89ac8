from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE


class HamiThemeLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import hami.theme

        self.loadZCML(package=hami.theme)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "hami.theme:default")


FIXTURE = HamiThemeLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="HamiThemeLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="HamiThemeLayer:FunctionalTesting"
)
