"""The mailbox's folders: the private letters and the public archive."""

from hami.policy.cases.codes import case_secret
from hami.policy.cases.codes import ensure_registry
from hami.policy.mailbox.settings import ARCHIVE
from hami.policy.mailbox.settings import LETTER_BOX
from hami.policy.mailbox.settings import OFFICE
from hami.policy.organisation.importer import editors_group
from hami.policy.organisation.importer import reviewers_group
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from plone.dexterity.utils import createContent


def _folder(portal, id_: str, portal_type: str, title: str):
    folder = portal.get(id_)
    if folder is None:
        folder = createContent(portal_type, id=id_, title=title, exclude_from_nav=True)
        portal._setObject(id_, folder)
        folder = portal[id_]
    return folder


def setup_mailbox(portal: IPloneSiteRoot) -> None:
    case_secret()
    box = _folder(portal, LETTER_BOX, "CaseFolder", "Letters (confidential)")
    ensure_registry(box)
    box.manage_setLocalRoles(editors_group(OFFICE), ["LetterOffice"])
    box.manage_setLocalRoles(reviewers_group(OFFICE), ["LetterOffice"])
    # Logged-in staff may traverse the folder; each letter decides who sees it.
    box.manage_permission("View", ["Manager", "Site Administrator", "Authenticated"], 0)
    box.manage_permission(
        "Access contents information",
        ["Manager", "Site Administrator", "Authenticated"],
        0,
    )
    box.reindexObjectSecurity()
    archive = _folder(portal, ARCHIVE, "Folder", "Published letters")
    if api.content.get_state(archive, default=None) not in (None, "published"):
        api.content.transition(archive, to_state="published")
