from plone import api


APPLICATION_BOX = "applications"  # private: the applications themselves
SERVICE_CENTRE = "service-centre"  # the unit id of the administrative service centre
TRACKING_PREFIX = "SQ"  # 申请
APPLICANT_FIELDS = ("applicant_name", "id_number", "phone", "email")
HONEYPOT = "website"


def settings():
    from hami.policy.controlpanels.settings import IServiceHallSettings
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    return getUtility(IRegistry).forInterface(
        IServiceHallSettings, prefix="hami.policy.servicehall", check=False
    )


def application_box():
    return api.portal.get()[APPLICATION_BOX]


def guide_for(service_code: str, language: str | None = None):
    """The service guide with this code, in the language if there is one."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="ServiceGuide", service_code=service_code
    )
    for brain in brains:
        if language is None or brain.Language == language:
            return brain._unrestrictedGetObject()
    return brains[0]._unrestrictedGetObject() if brains else None
