"""The daily digest to each department's webmasters: columns to update.

One mail per department, in Chinese (the staff's language), listing its columns
in the assessed languages that are overdue, empty or due soon, with the date
each one is due and a link to add content there. A department is mailed at
most once a day, so running the daily job twice sends nothing twice; a
department with nothing to do gets no mail.
"""

from BTrees.OOBTree import OOBTree
from hami.policy import _
from hami.policy.cases import clock
from hami.policy.cases.notify import send
from hami.policy.cases.notify import STAFF_LANGUAGE
from hami.policy.languages import DEFAULT_LANGUAGE
from hami.policy.organisation.groups import editors_group
from hami.policy.organisation.groups import emails_of_group
from hami.policy.supervision.freshness import Supervision
from hami.policy.supervision.model import settings
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate
from zope.i18nmessageid import Message


KEY = "hami.policy.supervision.reminded"
TO_DO = ("overdue", "empty", "due_soon")
STATUS_WORDS = {
    "overdue": _("status_overdue", default="Overdue"),
    "empty": _("status_empty", default="Empty"),
    "due_soon": _("status_due_soon", default="Due soon"),
}


def _tr(message) -> str:
    return translate(message, target_language=STAFF_LANGUAGE)


def _line(column) -> str:
    status = _tr(STATUS_WORDS[column.status])
    if column.status == "empty":
        when = _tr(_("digest_never", default="nothing published yet"))
    else:
        when = _tr(
            Message(
                _(
                    "digest_due",
                    default="last published ${last}, due ${due}",
                ),
                mapping={
                    "last": column.last.isoformat(),
                    "due": column.due.isoformat(),
                },
            )
        )
    return f"- [{status}] {column.title} ({when})\n  {column.url}"


def _storage() -> OOBTree:
    annotations = IAnnotations(api.portal.get())
    storage = annotations.get(KEY)
    if storage is None:
        storage = annotations[KEY] = OOBTree()
    return storage


def remind() -> list[str]:
    """Mail the digests; returns the unit ids of the departments mailed."""
    today = clock.today()
    storage = _storage()
    languages = list(settings().assessed_languages or [DEFAULT_LANGUAGE])
    portal = api.portal.get()
    to_do: dict[str, list] = {}
    names: dict[str, tuple[str, str]] = {}
    for language in languages:
        if language not in portal.objectIds():
            continue
        for site in Supervision(language).department_sites():
            columns = [c for c in site.columns if c.status in TO_DO]
            columns.sort(key=lambda c: (TO_DO.index(c.status), str(c.due), c.path))
            to_do.setdefault(site.unit, []).extend(columns)
            names.setdefault(site.unit, (site.title, site.url))
    mailed = []
    for unit, columns in sorted(to_do.items()):
        if not columns or storage.get(unit) == today:
            continue
        recipients = emails_of_group(editors_group(unit))
        if not recipients:
            continue
        title, url = names[unit]
        mapping = {
            "department": title,
            "count": len(columns),
            "columns": "\n".join(_line(column) for column in columns),
            "dashboard": f"{url}/@@supervision",
        }
        send(
            recipients,
            Message(
                _(
                    "mail_digest_subject",
                    default="${department}: ${count} columns need updating",
                ),
                mapping=mapping,
            ),
            Message(
                _(
                    "mail_digest_body",
                    default=(
                        "These columns of ${department} are overdue, empty or due "
                        "soon. The national inspection fails a site for stale and "
                        "empty columns; please publish in them.\n\n${columns}\n\n"
                        "The department's dashboard: ${dashboard}"
                    ),
                ),
                mapping=mapping,
            ),
            STAFF_LANGUAGE,
        )
        storage[unit] = today
        mailed.append(unit)
    return mailed
