"""v20261203001: office automation (official documents, the staff directory).

Imports the types, the workflows, the roles, the two catalog indexes and the
user menu's "My work", then makes the staff area. The staff themselves come from the
directory import that ``make run`` runs (scripts/create_site.py).
"""

from hami.policy.setuphandlers.oa import setup_oa
from plone import api


PROFILE = "profile-hami.policy:default"


def install_oa(setup_tool) -> None:
    for step in ("typeinfo", "workflow", "rolemap", "catalog", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    setup_oa(api.portal.get())
