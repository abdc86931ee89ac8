"""What changes an address or a table: people, group memberships, passwords."""

from hami.policy.mail import addresses
from hami.policy.mail import settings
from hami.policy.mail.provisioning import schedule
from plone import api


def person_changed(person, event) -> None:
    """A person added or edited (the import, an administrator): their
    address, then the tables."""
    if person.active:
        addresses.assign(person)
    schedule()


def directory_changed(event) -> None:
    """A password set or changed, a login added to or removed from a group."""
    if _in_site():
        schedule()


def settings_changed(event) -> None:
    record = event.record.__name__
    if not record.startswith(settings.PREFIX + "."):
        return
    if record.endswith(".domain"):
        from hami.policy.oa.directory import directory_folder

        for person in directory_folder().contentValues():
            addresses.sync_email(person)
    schedule()


def _in_site() -> bool:
    try:
        return api.portal.get() is not None
    except api.exc.CannotGetPortalError:
        return False
