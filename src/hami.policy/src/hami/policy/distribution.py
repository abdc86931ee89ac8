"""Site creation from the ``hami`` distribution."""

from hami.policy.organisation.importer import import_organisation
from plone.distribution.core import Distribution
from plone.distribution.handler import post_handler as default_post_handler
from Products.CMFPlone.Portal import PloneSite


def post_handler(
    distribution: Distribution, site: PloneSite, answers: dict
) -> PloneSite:
    """Plone's last steps, then the prefecture's structure from the data files."""
    site = default_post_handler(distribution, site, answers)
    import_organisation(site)
    return site
