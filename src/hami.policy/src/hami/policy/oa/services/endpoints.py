"""Office automation over REST, with the same guards as the pages.

- ``GET /@oa-inbox``: my work by kind (counts and the first documents).
- ``GET /@staff?q=…&unit=…``: the staff directory, for staff only.
- ``GET …/<document>/@oa-receipts``: the receipts the user may see.
- ``POST …/<document>/@oa-receipts`` ``{"action": "sign", "unit": "fgw"}``:
  sign for, assign (``handler``, ``deadline``), circulate (``readers``), read,
  close (``reply``), chase; refused without writing, in the user's language.
- ``POST …/<document>/@workflow/<transition>``: the steps with their data
  (``{"opinion": …}`` to sign off, ``{"signed_pdf": {"data", "encoding":
  "base64", "filename"}}`` to register).
"""

from hami.policy import _
from hami.policy.cases.services import CaseWorkflowTransition
from hami.policy.cases.steps import take
from hami.policy.errors import Refused
from hami.policy.oa import receipts
from hami.policy.oa import tasks
from hami.policy.oa.browser.document import act
from hami.policy.oa.browser.document import ACTIONS
from hami.policy.oa.browser.document import DocumentView
from hami.policy.oa.browser.document import parse_date
from hami.policy.oa.directory import people
from hami.policy.oa.steps import BY_TRANSITION
from hami.policy.services.base import decoded
from hami.policy.services.base import error
from hami.policy.services.base import HamiService
from hami.policy.services.base import json_object
from hami.policy.services.base import refused
from hami.policy.services.base import text
from plone import api
from plone.namedfile.file import NamedBlobFile
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.services.workflow.utils import elevated_privileges
from zope.i18n import translate
from zope.interface import alsoProvides

import transaction


NOT_STAFF = _("error_not_staff", default="The staff directory is for staff only.")
BAD_ACTION = _("error_bad_action", default="The action must be one of ${actions}.")


def is_staff() -> bool:
    portal = api.portal.get()
    area = portal.get("oa")
    return bool(area) and bool(api.user.has_permission("View", obj=area))


class Inbox(HamiService):
    def answer(self) -> dict:
        if not is_staff():
            raise Refused(NOT_STAFF, status=401)
        return {
            "items": [
                {
                    "kind": group["kind"],
                    "title": translate(group["title"], context=self.request),
                    "count": group["count"],
                    "documents": [
                        {
                            "@id": brain.getURL(),
                            "title": brain.Title,
                            "number": brain.Description,
                            "review_state": brain.review_state,
                            "due": None
                            if brain.oa_due == tasks.NO_DUE
                            else brain.oa_due,
                        }
                        for brain in group["documents"]
                    ],
                }
                for group in tasks.my_work()
            ]
        }


class Staff(HamiService):
    def answer(self) -> dict:
        if not is_staff():
            raise Refused(NOT_STAFF, status=401)
        form = self.request.form
        found = people(unit=form.get("unit") or None, text=form.get("q") or "")
        return {
            "items_total": len(found),
            "items": [
                {
                    "@id": person.absolute_url(),
                    "id": person.getId(),
                    "name": person.title,
                    "unit": person.unit,
                    "position": person.position,
                    "office_phone": person.office_phone,
                    "mobile": person.mobile,
                    "email": person.email,
                }
                for person in found[:1000]
            ],
        }


class Receipts(HamiService):
    def answer(self) -> dict:
        view = DocumentView(self.context, self.request)
        if view.is_issuing_office():
            shown = view.all_receipts()
        else:
            shown = [mine["receipt"] for mine in view.my_receipts()]
        return {"items": [receipts.as_dict(r) for r in shown]}


class ReceiptAction(HamiService):
    def answer(self) -> dict:
        alsoProvides(self.request, IDisableCSRFProtection)
        data = json_object(self.request)
        action = text(data, "action")
        if action not in ACTIONS:
            raise refused(BAD_ACTION, "action", actions=", ".join(ACTIONS))
        try:
            result = act(self.context, action, data)
        except Refused:
            transaction.doom()
            raise
        if isinstance(result, receipts.Receipt):
            return receipts.as_dict(result)
        if result is not None:  # a meeting's answer
            return {
                "unit": result.unit,
                "attendees": list(result.attendees),
                "answered_by": result.answered_by,
                "answered_on": result.answered_on.isoformat(),
            }
        return {"read": True}


def named_file(value, field: str):
    """A file in a JSON body: {"data": base64, "filename"}."""
    if not isinstance(value, dict):
        return value
    return NamedBlobFile(
        data=decoded(value.get("data"), field),
        filename=str(value.get("filename") or f"{field}.pdf"),
        contentType="application/pdf",
    )


class DocumentTransition(CaseWorkflowTransition):
    """The steps with their data; a signed PDF comes as base64."""

    steps = BY_TRANSITION

    def reply(self):
        step = self.steps.get(self.transition or "")
        if step is None:
            return super().reply()
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data = json_object(self.request)
            if "signed_pdf" in data:
                data["signed_pdf"] = named_file(data["signed_pdf"], "signed_pdf")
            if isinstance(data.get("deadline"), str):
                data["deadline"] = parse_date(data["deadline"])
            take(self.context, step, data)
        except Refused as refusal:
            return error(self.request, refusal)
        with elevated_privileges(self.context):
            history = self.wftool.getInfoFor(self.context, "review_history")
        return json_compatible(history[-1])
