"""Every state × role of an outgoing document: who sees it, who changes it,
who takes which step. One table, read as the workflow's definition should."""

from hami.policy.cases.steps import take
from hami.policy.oa import permissions
from hami.policy.oa.steps import STEPS
from plone import api
from test_oa_documents import as_user
from test_oa_documents import draft
from test_oa_documents import DRAFTER
from test_oa_documents import FGW_COLLEAGUE
from test_oa_documents import FGW_HEAD
from test_oa_documents import FGW_OFFICE
from test_oa_documents import JYJ_OFFICE
from test_oa_documents import JYJ_STAFF
from test_oa_documents import OUTSIDER
from test_oa_documents import pdf

import pytest


PEOPLE = {
    "drafter": DRAFTER,
    "colleague": FGW_COLLEAGUE,
    "office": FGW_OFFICE,
    "head": FGW_HEAD,
    "recipient_office": JYJ_OFFICE,
    "recipient": JYJ_STAFF,
    "outsider": OUTSIDER,
}
LETTERS = {
    "V": "View",
    "M": "Modify portal content",
    "C": permissions.CHECK_DOCUMENTS,
    "S": permissions.SIGN_DOCUMENTS,
    "R": permissions.REGISTER_DOCUMENTS,
}
# state → person → what they may (V view, M modify, C check, S sign, R register)
MATRIX = {
    # the head and the office work in the issuing unit: they see its drafts
    "draft": {"drafter": "VM", "colleague": "V", "office": "V", "head": "V"},
    "checking": {"drafter": "V", "colleague": "V", "office": "VMC", "head": "V"},
    "signing": {"drafter": "V", "colleague": "V", "office": "V", "head": "VS"},
    "signed": {"drafter": "V", "colleague": "V", "office": "VR", "head": "V"},
    "issued": {
        "drafter": "V",
        "colleague": "V",
        "office": "V",
        "head": "V",
        "recipient_office": "V",
        "recipient": "V",
    },
}
PATH = {
    "checking": [(DRAFTER, "submit", None)],
    "signing": [(DRAFTER, "submit", None), (FGW_OFFICE, "check", {})],
    "signed": [
        (DRAFTER, "submit", None),
        (FGW_OFFICE, "check", {}),
        (FGW_HEAD, "sign", {"opinion": "同意"}),
    ],
}
PATH["issued"] = [*PATH["signed"], (FGW_OFFICE, "register", "pdf")]


@pytest.mark.parametrize("state", list(MATRIX))
def test_permission_matrix(portal, state):
    document = draft(portal)
    for user, step, data in PATH.get(state, []):
        if data is None:
            as_user(user, api.content.transition, obj=document, transition=step)
        else:
            data = {"signed_pdf": pdf()} if data == "pdf" else data
            as_user(user, take, document, STEPS[step], data)
    assert api.content.get_state(document) == state
    found = {}
    for name, userid in PEOPLE.items():
        with api.env.adopt_user(username=userid):
            letters = "".join(
                letter
                for letter, permission in LETTERS.items()
                if api.user.has_permission(permission, obj=document)
            )
        if letters:
            found[name] = letters
    assert found == MATRIX[state]
