"""Test layers: the policy installed, with a few units of the real organisation."""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE


# Department A and B of the permission tests, the business registration bureau
# (two of the services), a county and the three centres.
TEST_UNITS = ("fgw", "jyj", "gsj", "hms", "egov", "service-centre", "mailbox")


class HamiPolicyLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import hami.policy

        self.loadZCML(package=hami.policy)

    def setUpPloneSite(self, portal):
        from hami.policy.organisation.data import units
        from hami.policy.organisation.importer import import_organisation
        from hami.policy.servicehall.importer import import_services
        from plone import api

        applyProfile(portal, "hami.policy:default")
        with api.env.adopt_roles(["Manager"]):
            import_organisation(
                portal, units=[unit for unit in units() if unit.id in TEST_UNITS]
            )
        import_services(portal)


FIXTURE = HamiPolicyLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="HamiPolicyLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="HamiPolicyLayer:FunctionalTesting"
)
