"""v20261201001: the security review.

- letters and applications: their steps' permissions, granted per state by
  the workflows; nobody but Manager edits a case directly any more (the
  workflows are re-imported and every case's security recomputed);
- the log-in throttle in front of the user source's password check;
- the security settings (public address, log-in limits), registered without
  re-importing the registry.
"""

from hami.policy.controlpanels.settings import ISecuritySettings
from hami.policy.security import throttle
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


WORKFLOWS = ("hami_letter_workflow", "hami_application_workflow")


def install_security(setup_tool) -> None:
    for step in ("rolemap", "workflow"):
        setup_tool.runImportStepFromProfile(
            "profile-hami.policy:default", step, run_dependencies=False
        )
    workflow_tool = api.portal.get_tool("portal_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type=("Letter", "Application")
    ):
        case = brain._unrestrictedGetObject()
        for workflow_id in WORKFLOWS:
            workflow = workflow_tool.getWorkflowById(workflow_id)
            if workflow_id in workflow_tool.getChainFor(case):
                workflow.updateRoleMappingsFor(case)
        case.reindexObjectSecurity()
    getUtility(IRegistry).registerInterface(
        ISecuritySettings, prefix="hami.policy.security"
    )
    throttle.install(api.portal.get().acl_users, "source_users")
