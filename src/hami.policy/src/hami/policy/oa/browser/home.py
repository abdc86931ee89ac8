"""The staff area's pages: my work, the documents, the staff directory."""

from hami.policy import _
from hami.policy.exports import csv_response
from hami.policy.oa import tasks
from hami.policy.oa.browser.document import unit_title
from hami.policy.oa.directory import people
from hami.policy.oa.vocabularies import KINDS
from hami.policy.oa.vocabularies import title_of
from plone import api
from Products.Five.browser import BrowserView


class StaffPage(BrowserView):
    def __call__(self):
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return self.index()

    def unit(self, unit_id: str) -> str:
        return unit_title(unit_id)

    def kind(self, value: str):
        return title_of(KINDS, value)


class OAHome(StaffPage):
    """My work (我的待办), overdue first, and the ways in."""

    def work(self) -> list[dict]:
        return tasks.my_work(limit=20)

    def total(self) -> int:
        return sum(item["count"] for item in self.work())

    def may_add(self) -> bool:
        documents = (
            self.context.get("documents") if "documents" in self.context else None
        )
        return bool(
            documents
            and api.user.has_permission(
                "hami.policy: Add OfficialDocument", obj=documents
            )
        )

    def may_register(self) -> bool:
        """Incoming documents are registered by general offices."""
        from hami.policy.oa.receipts import groups_of

        return any(group.endswith("-office") for group in groups_of())

    def overdue(self, brain) -> bool:
        due = brain.oa_due if hasattr(brain, "oa_due") else None
        return bool(due and due != tasks.NO_DUE and due < self.today())

    def today(self) -> str:
        from hami.policy.cases.clock import today

        return today().isoformat()


class DocumentsView(StaffPage):
    """The documents the user may see: newest first, searchable by title or number."""

    def documents(self):
        query = {
            "portal_type": [
                "OfficialDocument",
                "IncomingDocument",
                "Meeting",
                "Notice",
            ],
            "path": "/".join(self.context.getPhysicalPath()),
            "sort_on": "modified",
            "sort_order": "descending",
        }
        text = (self.request.form.get("q") or "").strip()
        if text:
            query["SearchableText"] = text
        try:
            return api.content.find(**query)[:200]
        except Exception:  # an unparsable search text: no results, no error
            return []


class DirectoryView(StaffPage):
    """通讯录: search by name, unit, position or phone; one unit in its order."""

    def people(self):
        return people(
            unit=self.request.form.get("unit") or None,
            text=self.request.form.get("q") or "",
        )

    def units(self) -> list[dict]:
        found = {}
        for brain in api.content.find(
            portal_type="Department",
            Language=api.portal.get_current_language(),
            sort_on="sortable_title",
        ):
            found.setdefault(brain.unit_id, brain.Title)
        return [{"id": k, "title": v} for k, v in found.items()]

    def query_string(self) -> str:
        from urllib.parse import urlencode

        form = {k: v for k, v in self.request.form.items() if k in ("q", "unit") and v}
        return urlencode(form)


COLUMNS = (
    ("name", _("Name")),
    ("unit", _("Unit")),
    ("position", _("Position")),
    ("office_phone", _("Office phone")),
    ("mobile", _("Mobile phone")),
    ("email", _("E-mail")),
)


def _row(person) -> dict:
    return {
        "name": person.title,
        "unit": unit_title(person.unit),
        "position": person.position or "",
        "office_phone": person.office_phone or "",
        "mobile": person.mobile or "",
        "email": person.email or "",
    }


class DirectoryCSV(DirectoryView):
    def __call__(self):
        from zope.i18n import translate

        header = [translate(title, context=self.request) for _id, title in COLUMNS]
        lines = [
            [_row(person)[name] for name, _title in COLUMNS] for person in self.people()
        ]
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return csv_response(self.request, "staff-directory", header, lines)


def _vcard_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


class DirectoryVCard(DirectoryView):
    def __call__(self):
        cards = []
        for person in self.people():
            row = _row(person)
            lines = [
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"FN:{_vcard_text(row['name'])}",
                f"N:{_vcard_text(row['name'])};;;;",
                f"ORG:{_vcard_text(row['unit'])}",
                f"TITLE:{_vcard_text(row['position'])}",
            ]
            if row["office_phone"]:
                lines.append(f"TEL;TYPE=WORK,VOICE:{row['office_phone']}")
            if row["mobile"]:
                lines.append(f"TEL;TYPE=CELL:{row['mobile']}")
            if row["email"]:
                lines.append(f"EMAIL;TYPE=INTERNET:{row['email']}")
            lines.append("END:VCARD")
            cards.append("\r\n".join(lines))
        response = self.request.response
        response.setHeader("Content-Type", "text/vcard; charset=utf-8")
        response.setHeader(
            "Content-Disposition", 'attachment; filename="staff-directory.vcf"'
        )
        response.setHeader("Cache-Control", "private, no-store")
        return ("\r\n".join(cards) + "\r\n").encode("utf-8")
