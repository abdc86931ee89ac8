"""Settings an administrator changes without a release (control panels)."""

from hami.policy import _
from zope import schema
from zope.interface import Interface


class IWorkingDaysSettings(Interface):
    """The holiday calendar shared by the mailbox and the service hall."""

    holidays = schema.List(
        title=_("Public holidays"),
        description=_(
            "Days off on working days, one date per line (YYYY-MM-DD), as the "
            "State Council announces them each year."
        ),
        value_type=schema.ASCIILine(),
        required=False,
        default=[],
    )
    working_weekends = schema.List(
        title=_("Working weekend days"),
        description=_(
            "Saturdays and Sundays declared working days, one date per line."
        ),
        value_type=schema.ASCIILine(),
        required=False,
        default=[],
    )


class IMailboxSettings(Interface):
    """Limits and deadlines of the commissioner's mailbox."""

    title_min = schema.Int(title=_("Shortest title (characters)"), default=4, min=1)
    title_max = schema.Int(title=_("Longest title (characters)"), default=50, min=1)
    body_max = schema.Int(title=_("Longest letter (characters)"), default=2000, min=1)
    attachments_max = schema.Int(title=_("Most attachments"), default=3, min=0)
    attachment_kb = schema.Int(title=_("Largest attachment (KB)"), default=1024, min=1)
    letters_per_hour = schema.Int(
        title=_("Letters per hour from one address"), default=5, min=1
    )
    lookups_per_hour = schema.Int(
        title=_("Wrong query codes per hour from one address"), default=10, min=1
    )
    deadline_ordinary = schema.Int(
        title=_("Working days to answer an ordinary letter"), default=3, min=0
    )
    deadline_complex = schema.Int(
        title=_("Working days to answer a complex letter"), default=10, min=0
    )
    remind_days_before = schema.Int(
        title=_("Remind the handlers this many working days before the deadline"),
        default=1,
        min=0,
    )
    red_flag_days = schema.Int(
        title=_("Flag a letter red when unanswered after (days)"), default=60, min=1
    )
    veto_days = schema.Int(
        title=_("Inspection veto when unanswered after (days)"), default=90, min=1
    )


class IServiceHallSettings(Interface):
    """Limits of the online application forms."""

    applications_per_hour = schema.Int(
        title=_("Applications per hour from one address"), default=10, min=1
    )
    file_kb = schema.Int(title=_("Largest uploaded file (KB)"), default=5120, min=1)
    lookups_per_hour = schema.Int(
        title=_("Wrong query codes per hour from one address"), default=10, min=1
    )
