"""The case folders: private letters and applications, the public letter archive."""

from hami.policy.cases.codes import case_secret
from hami.policy.cases.intake import Intake
from hami.policy.mailbox.settings import ARCHIVE
from hami.policy.mailbox.settings import LETTERS
from hami.policy.mailbox.settings import OFFICE
from hami.policy.organisation.groups import editors_group
from hami.policy.organisation.groups import reviewers_group
from hami.policy.servicehall.settings import APPLICATIONS
from hami.policy.servicehall.settings import SERVICE_CENTRE
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


def _private_box(
    portal, intake: Intake, title: str, office_groups: tuple[str, ...], role: str
):
    box = _folder(portal, intake.box_id, "CaseFolder", title)
    intake.prepare(box)
    for group in office_groups:
        box.manage_setLocalRoles(group, [role])
    open_to_staff(box)
    return box


def open_to_staff(box) -> None:
    """Logged-in staff may traverse the folder and list it (the queue in the
    user menu); each case decides who sees it, and the listing shows only
    those."""
    staff = ["Manager", "Site Administrator", "Authenticated"]
    for permission in ("View", "Access contents information", "List folder contents"):
        box.manage_permission(permission, staff, 0)
    box.reindexObjectSecurity()


def setup_service_hall(portal: IPloneSiteRoot) -> None:
    _private_box(
        portal,
        APPLICATIONS,
        "Applications (confidential)",
        (editors_group(SERVICE_CENTRE), reviewers_group(SERVICE_CENTRE)),
        "ServiceCentre",
    )


def setup_mailbox(portal: IPloneSiteRoot) -> None:
    case_secret()
    _private_box(
        portal,
        LETTERS,
        "Letters (confidential)",
        (editors_group(OFFICE), reviewers_group(OFFICE)),
        "LetterOffice",
    )
    archive = _folder(portal, ARCHIVE, "Folder", "Published letters")
    if api.content.get_state(archive, default=None) not in (None, "published"):
        api.content.transition(archive, to_state="published")
