"""The names of the portal's groups, in one place.

Every unit of the organisation has two groups: its webmasters (``<id>-editors``)
and its leaders (``<id>-reviewers``). Portal-wide groups carry a global role.
"""

from plone import api


CENTRE_REVIEWERS = "centre-reviewers"
LEADERSHIP = "leadership"
SITE_ADMINISTRATORS = "site-administrators"


def editors_group(unit_id: str) -> str:
    """The webmasters of a unit: they add, edit and submit in its sub-site."""
    return f"{unit_id}-editors"


def reviewers_group(unit_id: str) -> str:
    """The leaders of a unit: they approve in its sub-site."""
    return f"{unit_id}-reviewers"


def emails_of_group(group_id: str) -> list[str]:
    """The addresses of a group's members, for the mails that say whose turn it is."""
    if api.group.get(groupname=group_id) is None:
        return []
    emails = {
        user.getProperty("email") for user in api.user.get_users(groupname=group_id)
    }
    return sorted(email for email in emails if email)
