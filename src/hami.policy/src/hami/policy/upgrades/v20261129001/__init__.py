"""v20261129001: what citizens and staff find: the service hall and the
mailbox in the main navigation, no portal machinery among the site search's
types, and the staff's case queues in the user menu."""

from hami.policy.mailbox.settings import letter_box
from hami.policy.servicehall.settings import application_box
from hami.policy.setuphandlers.cases import open_to_staff
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
    for box in (letter_box(), application_box()):
        open_to_staff(box)
