"""The office automation area: /hami/oa, for staff only.

Never public: not in navigation, and invisible to anonymous visitors and
to anyone outside the staff directory (search, sitemap and feeds only show
what the visitor may view).
"""

from hami.policy.oa.permissions import ADD_DOCUMENT
from hami.policy.oa.permissions import ADD_INCOMING
from hami.policy.oa.permissions import ADD_MEETING
from hami.policy.oa.permissions import ADD_NOTICE
from hami.policy.oa.permissions import STAFF_ROLE
from hami.policy.organisation.groups import STAFF
from plone import api
from plone.dexterity.utils import createContent


AREA = "oa"
FOLDERS = {
    AREA: "办公自动化",
    "documents": "公文",
    "directory": "通讯录",
}
STAFF_ONLY = ("View", "Access contents information", "List folder contents")


def _folder(container, id_: str):
    folder = container.get(id_)
    if folder is None:
        folder = createContent(
            "OAFolder", id=id_, title=FOLDERS[id_], exclude_from_nav=True
        )
        container._setObject(id_, folder)
        folder = container[id_]
    return folder


def setup_oa(portal) -> None:
    if api.group.get(groupname=STAFF) is None:
        api.group.create(groupname=STAFF, title="全体工作人员")
    area = _folder(portal, AREA)
    area.manage_setLocalRoles(STAFF, [STAFF_ROLE])
    for folder in (area, _folder(area, "documents"), _folder(area, "directory")):
        for permission in STAFF_ONLY:
            folder.manage_permission(
                permission, ["Manager", "Site Administrator", STAFF_ROLE], 0
            )
        folder.reindexObjectSecurity()
    area["documents"].setLayout("oa-documents")
    area["directory"].setLayout("staff-directory")
    for permission in (ADD_DOCUMENT, ADD_INCOMING, ADD_MEETING, ADD_NOTICE):
        area["documents"].manage_permission(
            permission, ["Manager", "Site Administrator", STAFF_ROLE], 0
        )
    area["documents"].manage_permission(
        "Add portal content", ["Manager", "Site Administrator", STAFF_ROLE], 0
    )
