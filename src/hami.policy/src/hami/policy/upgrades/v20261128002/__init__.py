"""v20261128002: the supervision of columns (dashboard, assessment, reports)."""

from hami.policy.controlpanels.settings import ISupervisionSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


# Not the registry step: re-importing it would reset settings the site's
# administrators have changed (site title, navigation, holidays …).
STEPS = ("rolemap", "actions", "catalog", "controlpanel")


def install_supervision(setup_tool) -> None:
    for step in STEPS:
        setup_tool.runImportStepFromProfile(
            "profile-hami.policy:default", step, run_dependencies=False
        )
    # the thresholds and deductions, with their defaults where missing
    registry = getUtility(IRegistry)
    registry.registerInterface(ISupervisionSettings, prefix="hami.policy.supervision")
    # the columns' cadence and the cases' tracking numbers are now catalog
    # metadata, read by the dashboard
    catalog = api.portal.get_tool("portal_catalog")
    types = ("Column", "Letter", "Application")
    for brain in catalog.unrestrictedSearchResults(portal_type=types):
        brain._unrestrictedGetObject().reindexObject(idxs=["getId"])
