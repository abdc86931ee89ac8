"""v20261203001: office automation (official documents, the staff directory).

Imports the types, the workflows, the roles, the two catalog indexes and the
user menu's "My work", then makes the staff area. The staff themselves come from the
directory import that ``make run`` runs (scripts/create_site.py).

Also the Kazakh title of the service-guide columns, misspelt with ARABIC
LETTER HAMZA where the high hamza belongs, where nobody has changed it since
(department names follow the organisation file at the next import).
"""

from hami.policy.setuphandlers.oa import setup_oa
from plone import api


PROFILE = "profile-hami.policy:default"
GUIDES_KK = ("ءىس بىتىرۋ نۇسقاۋلىعى", "ٴىس ٴبىتىرۋ نۇسقاۋلىعى")


def install_oa(setup_tool) -> None:
    for step in ("typeinfo", "workflow", "rolemap", "catalog", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    setup_oa(api.portal.get())
    old, new = GUIDES_KK
    for brain in api.content.find(portal_type="Column", Language="kk", id="guides"):
        column = brain.getObject()
        if column.Title() == old:
            column.setTitle(new)
            column.reindexObject(idxs=["Title", "sortable_title", "SearchableText"])
