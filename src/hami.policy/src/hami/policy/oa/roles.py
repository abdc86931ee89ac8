"""Who a document is for, from its own fields: local roles without copies.

The issuing unit's staff draft and read it (``OAIssuer``), its general office
checks, registers and chases it (``OAOffice``), its leaders sign it off
(``OASigner``; the prefecture's leadership for prefecture-level documents).
Once issued, the recipient units' staff read it (``OARecipient``) and their
offices sign for it (``OAReceiver``). The workflow decides per state what each
role may do; computing the roles from the fields means that changing a
recipient before distribution never leaves a stale grant behind.
"""

from borg.localrole.interfaces import ILocalRoleProvider
from hami.policy.content.official_document import IHandledDocument
from hami.policy.organisation.groups import LEADERSHIP
from hami.policy.organisation.groups import office_group
from hami.policy.organisation.groups import reviewers_group
from hami.policy.organisation.groups import STAFF
from hami.policy.organisation.groups import staff_group
from zope.component import adapter
from zope.interface import implementer


def document_roles(document) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}

    def grant(principal: str, role: str) -> None:
        roles.setdefault(principal, set()).add(role)

    unit = document.owner_unit()
    if unit:
        grant(staff_group(unit), "OAIssuer")
        grant(office_group(unit), "OAOffice")
        if not document.prefecture_level:
            grant(reviewers_group(unit), "OASigner")
    if document.prefecture_level:
        grant(LEADERSHIP, "OASigner")
    if getattr(document, "all_staff", False):  # a notice to everyone
        grant(STAFF, "OARecipient")
    for recipient in document.recipients():
        grant(staff_group(recipient), "OARecipient")
        grant(office_group(recipient), "OAReceiver")
    return roles


@implementer(ILocalRoleProvider)
@adapter(IHandledDocument)
class DocumentRoles:
    def __init__(self, context):
        self.context = context

    def getRoles(self, principal_id: str) -> list[str]:
        return sorted(document_roles(self.context).get(principal_id, ()))

    def getAllRoles(self):
        for principal, roles in document_roles(self.context).items():
            yield principal, sorted(roles)
