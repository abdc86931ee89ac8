"""An official document's page: its elements, its steps, and the receipts.

The issuing office sees every recipient unit (signed for or not, handled or
not, overdue) and chases the late ones; a recipient unit's office signs for
the document, assigns and circulates it and closes it; readers record their
reading; the person handling it closes it with the reply. The actions are
POSTs to ``@@oa-receipt`` with the form's token, guarded in ``oa/receipts.py``.
"""

from datetime import date
from hami.policy import _
from hami.policy.cases.clock import today
from hami.policy.errors import Refused
from hami.policy.oa import meetings
from hami.policy.oa import receipts
from hami.policy.oa.directory import person_of
from hami.policy.oa.vocabularies import CLASSIFICATIONS
from hami.policy.oa.vocabularies import KINDS
from hami.policy.oa.vocabularies import title_of
from hami.policy.oa.vocabularies import URGENCIES
from hami.policy.organisation.groups import office_group
from hami.policy.organisation.groups import staff_group
from plone import api
from plone.protect import CheckAuthenticator
from plone.protect.utils import addTokenToUrl
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import BadRequest
from zope.i18n import translate

import transaction


def unit_title(unit_id: str) -> str:
    brains = api.content.find(
        portal_type="Department",
        unit_id=unit_id,
        Language=api.portal.get_current_language(),
    ) or api.content.find(portal_type="Department", unit_id=unit_id)
    return brains[0].Title if brains else unit_id


def person_name(userid: str | None) -> str:
    if not userid:
        return ""
    person = person_of(userid)
    if person is not None:
        return person.title
    user = api.user.get(userid=userid)
    return (user.getProperty("fullname") if user else "") or userid


class DocumentView(BrowserView):
    receipts_macros = ViewPageTemplateFile("templates/receipts.pt")

    def __call__(self):
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return self.index()

    @property
    def state(self) -> str:
        return api.content.get_state(self.context)

    def state_title(self) -> str:
        workflow = api.portal.get_tool("portal_workflow")
        return translate(
            workflow.getTitleForStateOnType(self.state, self.context.portal_type),
            domain="hami.policy",
            context=self.request,
        )

    def kind(self):
        return title_of(KINDS, self.context.kind)

    def urgency(self):
        return title_of(URGENCIES, self.context.urgency)

    def classification(self):
        return title_of(CLASSIFICATIONS, self.context.classification)

    def unit(self, unit_id: str) -> str:
        return unit_title(unit_id)

    def name(self, userid: str | None) -> str:
        return person_name(userid)

    def attachments(self):
        return self.context.contentValues()

    def steps(self) -> list[dict]:
        """The step forms the user may open now."""
        workflow = api.portal.get_tool("portal_workflow")
        return [
            {"title": t["title"] or t["name"], "url": addTokenToUrl(t["url"])}
            for t in workflow.listActionInfos(object=self.context)
            if t["category"] == "workflow"
        ]

    def my_groups(self) -> set[str]:
        return receipts.groups_of()

    def is_issuing_office(self) -> bool:
        return (
            office_group(self.context.owner_unit()) in self.my_groups()
            or receipts.is_manager()
        )

    def all_receipts(self) -> list:
        found = []
        for unit in self.context.recipients():
            receipt = receipts.receipt_of(self.context, unit)
            if receipt is not None:
                found.append(receipt)
        return found

    def tracking(self) -> list:
        """The issuing office's view: every recipient, overdue first."""
        if self.state not in receipts.HANDLED_STATES or not self.is_issuing_office():
            return []
        found = self.all_receipts()
        found.sort(key=lambda r: (not r.overdue(), r.stage == "closed", r.unit))
        return found

    def my_receipts(self) -> list[dict]:
        """The receipts of the units the user works in, with what they may do."""
        if self.state not in receipts.HANDLED_STATES:
            return []
        groups = self.my_groups()
        me = api.user.get_current().getId()
        found = []
        for receipt in self.all_receipts():
            office = office_group(receipt.unit) in groups
            member = staff_group(receipt.unit) in groups
            reader = me in receipt.readers
            handler = receipt.handler == me
            if not (office or member or reader or handler):
                continue
            found.append({
                "receipt": receipt,
                "office": office,
                "handler": handler,
                "unread": reader and receipt.readers[me] is None,
                "members": self.members(receipt.unit) if office else [],
            })
        return found

    def members(self, unit: str) -> list[dict]:
        group = api.group.get(groupname=staff_group(unit))
        if group is None:
            return []
        return sorted(
            (
                {"id": userid, "name": person_name(userid)}
                for userid in group.getGroupMemberIds()
            ),
            key=lambda m: m["name"],
        )

    def today(self) -> str:
        return today().isoformat()

    def when(self, value) -> str:
        if not value:
            return ""
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value.isoformat()
        return value.strftime("%Y-%m-%d %H:%M")


ACTIONS = (
    "sign",
    "assign",
    "circulate",
    "read",
    "close",
    "chase",
    "answer",
    "notice_read",
)
BAD_DATE = _("error_bad_date", default="Give the date as YYYY-MM-DD.")
DONE = {
    "sign": _("oa_done_sign", default="Signed for."),
    "assign": _("oa_done_assign", default="Assigned."),
    "circulate": _("oa_done_circulate", default="Circulated for reading."),
    "read": _("oa_done_read", default="Your reading is recorded."),
    "close": _("oa_done_close", default="Closed."),
    "chase": _("oa_done_chase", default="The unit has been reminded."),
    "answer": _("oa_done_answer", default="Your unit's answer is recorded."),
    "notice_read": _("oa_done_read", default="Your reading is recorded."),
}


def parse_date(value) -> date:
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError as exc:
        raise Refused(BAD_DATE, "deadline") from exc


def _lines(value) -> list[str]:
    if isinstance(value, str):
        return value.splitlines()
    return [str(v) for v in value or ()]


def _readers(value) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value or ()]


# what each action does with the form's or the JSON body's fields
_ACT = {
    "sign": lambda doc, unit, data: receipts.sign_for(doc, unit),
    "assign": lambda doc, unit, data: receipts.assign(
        doc,
        unit,
        str(data.get("handler") or ""),
        parse_date(data.get("deadline")),
        str(data.get("note") or "")[:2000],
    ),
    "circulate": lambda doc, unit, data: receipts.circulate(
        doc, unit, _readers(data.get("readers"))
    ),
    "read": lambda doc, unit, data: receipts.mark_read(doc, unit),
    "close": lambda doc, unit, data: receipts.close(
        doc, unit, str(data.get("reply") or "")
    ),
    "chase": lambda doc, unit, data: receipts.chase(doc, unit),
    "answer": lambda doc, unit, data: meetings.answer(
        doc, unit, _lines(data.get("attendees")), str(data.get("note") or "")
    ),
    "notice_read": lambda doc, unit, data: meetings.mark_notice_read(doc),
}


def act(document, action: str, data: dict):
    """One receipt action from a form or REST; refusals write nothing."""
    if action not in _ACT:
        raise BadRequest("unknown action")
    return _ACT[action](document, str(data.get("unit") or ""), data)


class ReceiptAction(BrowserView):
    """POST target of the receipt forms on the document's page."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)
        action = self.request.form.get("action", "")
        if action not in ACTIONS:
            raise BadRequest("unknown action")
        try:
            act(self.context, action, self.request.form)
        except Refused as refused:
            transaction.doom()
            api.portal.show_message(refused.message, self.request, type="error")
        else:
            api.portal.show_message(DONE[action], self.request)
        return self.request.response.redirect(self.context.absolute_url())


class MeetingView(DocumentView):
    """The meeting: its details, the answer form of an invited unit's office,
    and for the organiser every unit's answer."""

    def my_units(self) -> list[dict]:
        groups = self.my_groups()
        return [
            {"unit": unit, "answer": meetings.answer_of(self.context, unit)}
            for unit in self.context.recipients()
            if office_group(unit) in groups
        ]

    def all_answers(self) -> list[dict]:
        if not self.is_issuing_office():
            return []
        return [
            {"unit": unit, "answer": meetings.answer_of(self.context, unit)}
            for unit in self.context.recipients()
        ]

    def open_for_answers(self) -> bool:
        from hami.policy.cases.clock import now

        return self.state == "scheduled" and now() <= meetings._aware(
            self.context.answer_by
        )

    def minutes_url(self) -> str:
        documents = self.context.aq_parent
        return (
            f"{documents.absolute_url()}/++add++OfficialDocument"
            "?form.widgets.kind:list=minutes"
            f"&form.widgets.issuing_unit:list={self.context.organiser_unit}"
        )


class AttendanceCSV(MeetingView):
    def __call__(self):
        from hami.policy.exports import csv_response

        if not self.is_issuing_office():
            raise BadRequest("organisers only")
        header = [
            translate(_("Unit"), context=self.request),
            translate(_("Attendees"), context=self.request),
            translate(
                _("label_answered_on", default="Answered on"), context=self.request
            ),
        ]
        lines = []
        for row in self.all_answers():
            answer = row["answer"]
            names = answer.attendees if answer else ()
            when = self.when(answer.answered_on) if answer else ""
            for name in names or ("",):
                lines.append([self.unit(row["unit"]), name, when])
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return csv_response(self.request, "attendance", header, lines)


class NoticeView(DocumentView):
    def unread(self) -> bool:
        me = api.user.get_current().getId()
        return me in meetings.addressed(self.context) and me not in meetings.reads(
            self.context
        )

    def reading(self) -> dict | None:
        """For the issuing office: how many have read it, who has not."""
        if not self.is_issuing_office():
            return None
        addressed = meetings.addressed(self.context)
        done = meetings.reads(self.context)
        missing = sorted(addressed - set(done.keys()))
        return {
            "read": len(addressed) - len(missing),
            "total": len(addressed),
            "missing": [self.name(u) for u in missing[:200]],
        }
