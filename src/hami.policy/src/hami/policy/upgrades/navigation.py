"""v20261129001: what citizens find: the service hall and the mailbox in the
main navigation, and no portal machinery among the site search's types."""

from plone import api


NOT_SEARCHED = ("Letter", "Application", "CaseFolder", "LRF", "LIF", "EasyForm")


def install_navigation(setup_tool) -> None:
    setup_tool.runImportStepFromProfile(
        "profile-hami.policy:default", "actions", run_dependencies=False
    )
    # only this record: re-importing the registry step would reset settings
    # the site's administrators have changed since
    record = "plone.types_not_searched"
    current = tuple(api.portal.get_registry_record(record) or ())
    missing = tuple(name for name in NOT_SEARCHED if name not in current)
    if missing:
        api.portal.set_registry_record(record, current + missing)
