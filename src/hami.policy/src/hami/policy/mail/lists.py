"""The lists' addresses, for the portal's own mails (office automation)."""

from hami.policy.mail import settings
from hami.policy.mail.provisioning import mail_root


def available() -> bool:
    """True where the portal keeps the mail server's lists (this client has
    one): a mail to a unit then goes to its list, which the server expands."""
    return mail_root() is not None


def unit_list(unit: str) -> str:
    return f"{unit}@{settings.domain()}"


def all_staff() -> str:
    return f"{settings.get('all_staff_list')}@{settings.domain()}"
