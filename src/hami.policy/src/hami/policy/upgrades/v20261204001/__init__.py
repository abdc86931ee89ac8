"""v20261204001: staff e-mail.

Registers the mail settings (without re-importing the registry), adds the
"Staff e-mail" control panel, gives every active person of the directory an
address (the pinyin of their name) on their person and their login, and
writes the mail server's tables when this client has one. Also names each
language's shared assets folder in its language (staff screens, issue 17).
"""

from hami.policy.mail import addresses
from hami.policy.mail import provisioning
from hami.policy.mail.settings import IStaffMailSettings
from hami.policy.mail.settings import PREFIX
from hami.policy.oa.directory import directory_folder
from hami.policy.setuphandlers.languages import title_assets_folders
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


def install_mail(setup_tool) -> None:
    getUtility(IRegistry).registerInterface(IStaffMailSettings, prefix=PREFIX)
    setup_tool.runImportStepFromProfile(
        "profile-hami.policy:default", "controlpanel", run_dependencies=False
    )
    portal = api.portal.get()
    title_assets_folders(portal)
    if "oa" not in portal or "directory" not in portal["oa"]:
        return
    for person in directory_folder().contentValues():
        if person.active:
            addresses.assign(person)
            person.reindexObject(idxs=["SearchableText"])
    provisioning.schedule()
