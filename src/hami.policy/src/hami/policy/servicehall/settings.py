"""Where the service hall keeps its applications, who runs it, and its settings."""

from hami.policy import _
from hami.policy.cases.intake import Intake
from hami.policy.controlpanels.settings import IServiceHallSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


APPLICATION_BOX = "applications"  # private: the applications themselves
SERVICE_CENTRE = "service-centre"  # the unit id of the administrative service centre
TRACKING_PREFIX = "SQ"  # 申请
APPLICANT_FIELDS = ("applicant_name", "id_number", "phone", "email")
HONEYPOT = "website"

APPLICATIONS = Intake(
    portal_type="Application",
    box_id=APPLICATION_BOX,
    id_prefix="a",
    tracking_prefix=TRACKING_PREFIX,
    status_view="application-status",
    receipt_subject=_(
        "mail_application_receipt_subject",
        default="Your application ${tracking_number} was received",
    ),
    receipt_body=_(
        "mail_application_receipt_body",
        default=(
            "We received your application.\n\n"
            "Tracking number: ${tracking_number}\n"
            "Query code: ${query_code}\n\nFollow it here: ${url}\n\n"
            "Keep the query code to yourself.\n\n-- ${portal}"
        ),
    ),
)


def settings() -> IServiceHallSettings:
    return getUtility(IRegistry).forInterface(
        IServiceHallSettings, prefix="hami.policy.servicehall", check=False
    )


def application_box():
    return APPLICATIONS.box()


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
