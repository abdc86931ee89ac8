"""v20261128002: the supervision of columns (dashboard, assessment, reports)."""

from plone import api


STEPS = ("rolemap", "actions", "catalog", "plone.app.registry", "controlpanel")


def install_supervision(setup_tool) -> None:
    for step in STEPS:
        setup_tool.runImportStepFromProfile(
            "profile-hami.policy:default", step, run_dependencies=False
        )
    # the columns' cadence and the cases' tracking numbers are now catalog
    # metadata, read by the dashboard
    catalog = api.portal.get_tool("portal_catalog")
    types = ("Column", "Letter", "Application")
    for brain in catalog.unrestrictedSearchResults(portal_type=types):
        brain._unrestrictedGetObject().reindexObject(idxs=["getId"])
