"""The names of the portal's groups, in one place.

Every unit of the organisation has four groups: its webmasters
(``<id>-editors``), its leaders (``<id>-reviewers``), all its staff
(``<id>-staff``, from the staff directory) and its general office
(``<id>-office``: checks, registers, signs for and chases official documents).
Portal-wide groups carry a global role; ``staff`` holds every active person of
the directory.
"""

from plone import api


CENTRE_REVIEWERS = "centre-reviewers"
LEADERSHIP = "leadership"
SITE_ADMINISTRATORS = "site-administrators"
STAFF = "staff"


def editors_group(unit_id: str) -> str:
    """The webmasters of a unit: they add, edit and submit in its sub-site."""
    return f"{unit_id}-editors"


def reviewers_group(unit_id: str) -> str:
    """The leaders of a unit: they approve in its sub-site."""
    return f"{unit_id}-reviewers"


def staff_group(unit_id: str) -> str:
    """Everyone who works in a unit (the directory keeps it)."""
    return f"{unit_id}-staff"


def office_group(unit_id: str) -> str:
    """A unit's general office (办公室): its documents pass through it."""
    return f"{unit_id}-office"


def unit_of_group(group_id: str) -> str | None:
    """The unit of a unit's group, or None for a portal-wide group."""
    for suffix in ("-editors", "-reviewers", "-staff", "-office"):
        if group_id.endswith(suffix):
            return group_id[: -len(suffix)]
    return None


def emails_of_group(group_id: str) -> list[str]:
    """The addresses of a group's members, for the mails that say whose turn it is."""
    if api.group.get(groupname=group_id) is None:
        return []
    emails = {
        user.getProperty("email") for user in api.user.get_users(groupname=group_id)
    }
    return sorted(email for email in emails if email)
