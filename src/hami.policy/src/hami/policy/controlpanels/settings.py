"""Settings an administrator changes without a release (control panels)."""

from hami.policy import _
from hami.policy.cases import clock
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid


def is_duration(value: str) -> bool:
    """10d, 3w, 5m: a number of days, weeks or calendar months."""
    try:
        clock.duration(value)
    except ValueError as exc:
        raise Invalid(
            _("Write a duration as a number and d, w or m, e.g. 10d or 5m.")
        ) from exc
    return True


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
    # Uyghur and Kazakh words are longer than Chinese characters: a title of
    # 12 characters in Chinese takes 50 to 60 in Arabic script.
    title_max = schema.Int(title=_("Longest title (characters)"), default=100, min=1)
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


class ISupervisionSettings(Interface):
    """When columns count as due soon, the national veto lines and their early
    warnings, and the deductions of the monthly assessment (监督考评)."""

    warn_after = schema.Dict(
        title=_("Warn after"),
        description=_(
            "Per update cadence, how long after the last publication a column is "
            "'due soon' (d days, w weeks, m months), e.g. 2w: 10d, 6m: 5m."
        ),
        key_type=schema.ASCIILine(title=_("Cadence")),
        value_type=schema.ASCIILine(title=_("Duration"), constraint=is_duration),
        default={"2w": "10d", "1m": "3w", "3m": "2m", "6m": "5m", "12m": "10m"},
        required=False,
    )
    assessed_languages = schema.List(
        title=_("Languages assessed"),
        description=_(
            "The language versions whose columns count in the monthly "
            "assessment, one code per line (zh-cn, ug, kk, en)."
        ),
        value_type=schema.ASCIILine(),
        default=["zh-cn"],
        required=False,
    )
    home_warn_days = schema.Int(
        title=_("Home page: warn after (days)"), default=10, min=1
    )
    home_veto_days = schema.Int(
        title=_("Home page: veto after (days)"), default=14, min=1
    )
    stale_warn = schema.Int(
        title=_("Stale news, notice and policy columns: warn from"), default=3, min=1
    )
    stale_veto = schema.Int(
        title=_("Stale news, notice and policy columns: veto from"), default=5, min=1
    )
    not_updated_warn = schema.Int(
        title=_("Other columns not updated: warn from"), default=6, min=1
    )
    not_updated_veto = schema.Int(
        title=_("Other columns not updated: veto from"), default=10, min=1
    )
    empty_warn = schema.Int(title=_("Empty columns: warn from"), default=3, min=1)
    empty_veto = schema.Int(title=_("Empty columns: veto from"), default=5, min=1)
    deductions = schema.Dict(
        title=_("Deductions of the monthly assessment"),
        description=_(
            "Points taken from 100 per finding: stale_column, not_updated_column, "
            "empty_column, overdue_letter, unanswered_letter (past the veto line), "
            "home_not_updated, veto (each veto check failed)."
        ),
        key_type=schema.ASCIILine(title=_("Finding")),
        value_type=schema.Float(title=_("Points")),
        default={
            "stale_column": 2.0,
            "not_updated_column": 1.0,
            "empty_column": 3.0,
            "overdue_letter": 2.0,
            "unanswered_letter": 5.0,
            "home_not_updated": 10.0,
            "veto": 20.0,
        },
        required=False,
    )


class ISecuritySettings(Interface):
    """Log-in throttling and the address links in mails point to."""

    public_url = schema.URI(
        title=_("Public address of the portal"),
        description=_(
            "Links in mails (password reset, letters, applications, reminders) "
            "start with this address, never with what a request claims to be, "
            "e.g. https://www.hami.gov.cn. Set from PORTAL_URL at every start."
        ),
        required=False,
    )
    login_window_minutes = schema.Int(
        title=_("Failed log-ins are counted over (minutes)"), default=15, min=1
    )
    login_failures_per_account = schema.Int(
        title=_("Failed log-ins of one account before it waits"), default=10, min=1
    )
    login_failures_per_address = schema.Int(
        title=_("Failed log-ins from one address before it waits"), default=30, min=1
    )
