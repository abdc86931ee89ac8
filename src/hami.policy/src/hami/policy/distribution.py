"""Site creation from the ``hami`` distribution."""

from hami.policy.oa.directory import import_staff
from hami.policy.organisation.importer import import_organisation
from hami.policy.servicehall.importer import import_services
from plone.distribution.core import Distribution
from plone.distribution.handler import post_handler as default_post_handler
from Products.CMFPlone.Portal import PloneSite


def post_handler(
    distribution: Distribution, site: PloneSite, answers: dict
) -> PloneSite:
    """Plone's last steps, then the prefecture's structure, services and staff
    directory from data."""
    site = default_post_handler(distribution, site, answers)
    import_organisation(site)
    import_services(site)
    import_staff(site)
    return site
