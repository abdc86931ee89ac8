"""The settings of staff e-mail (control panel: Staff e-mail)."""

from hami.policy import _
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import queryUtility
from zope.interface import Interface


PREFIX = "hami.policy.mail"


class IStaffMailSettings(Interface):
    """The prefecture's mail domain and lists."""

    domain = schema.ASCIILine(
        title=_("Mail domain"),
        description=_("Every person of the staff directory has an address here."),
        default="hami.gov.cn",
    )
    all_staff_list = schema.ASCIILine(
        title=_("All-staff list"),
        description=_("The local part of the list of every active person."),
        default="staff",
    )
    leadership_list = schema.ASCIILine(
        title=_("Leadership list"),
        description=_("The local part of the list of the prefecture's leadership."),
        default="leaders",
    )
    list_senders = schema.List(
        title=_("Who may write to the all-staff and leadership lists"),
        description=_(
            "Groups, one per line; everyone else is refused by the mail server. "
            "By default the general office and the leadership."
        ),
        value_type=schema.ASCIILine(),
        default=["xsb-staff", "leadership"],
    )
    postmaster_group = schema.ASCIILine(
        title=_("Postmaster"),
        description=_(
            "The group that receives mail for postmaster@ and abuse@ and for "
            "a list that has nobody in it."
        ),
        default="xsb-office",
    )


def get(name: str):
    """A setting, or its default on a site not upgraded yet."""
    registry = queryUtility(IRegistry)
    default = IStaffMailSettings[name].default
    if registry is None:
        return default
    return registry.get(f"{PREFIX}.{name}", default)


def domain() -> str:
    return (get("domain") or "hami.gov.cn").strip().lower()
