"""What a document's steps and a person's changes do besides themselves."""

from hami.policy.oa import mails
from hami.policy.oa.directory import deactivate
from hami.policy.oa.directory import set_groups
from hami.policy.oa.directory import unit_groups


def after_transition(document, event) -> None:
    # the work a document waits for changes with its state (oa/tasks.py)
    if event.transition is None:
        return
    document.reindexObject(idxs=["oa_tasks", "oa_due"])
    if event.transition.getId() in ("register", "instruct"):
        mails.issued(document)
    mails.your_turn(document, event.transition.getId())


def incoming_added(document, event) -> None:
    """An incoming document is numbered when the office registers it."""
    from hami.policy.cases.clock import today
    from hami.policy.oa.numbering import take_incoming_number

    if not document.doc_number:
        document.doc_number = take_incoming_number(
            document.receiving_unit, today().year
        )
        document.reindexObject(idxs=["SearchableText", "Description"])


def notice_added(notice, event) -> None:
    """A notice is sent when it is made: its readers hear of it by mail."""
    mails.notice_sent(notice)


def person_modified(person, event) -> None:
    """An administrator deactivates a person in the portal: the login stops.
    Moving a person to another unit moves their unit groups."""
    if not person.active:
        deactivate(person)
        return
    user_groups = unit_groups(person, office=False, leader=False)
    set_groups(person.login, user_groups | _kept_office(person))


def _kept_office(person) -> set[str]:
    from hami.policy.organisation.groups import office_group
    from plone import api

    user = api.user.get(userid=person.login)
    groups = set(user.getGroups() or ()) if user else set()
    office = office_group(person.unit)
    return {office} if office in groups else set()
