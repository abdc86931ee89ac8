from hami.policy import _
from hami.policy.controlpanels.settings import IMailboxSettings
from hami.policy.controlpanels.settings import IServiceHallSettings
from hami.policy.controlpanels.settings import ISupervisionSettings
from hami.policy.controlpanels.settings import IWorkingDaysSettings
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout


class WorkingDaysForm(RegistryEditForm):
    schema = IWorkingDaysSettings
    schema_prefix = "hami.policy"
    label = _("Working days")
    description = _(
        "Deadlines of letters and applications count working days: weekends and "
        "these holidays are skipped, these weekend days count."
    )


class MailboxForm(RegistryEditForm):
    schema = IMailboxSettings
    schema_prefix = "hami.policy.mailbox"
    label = _("Commissioner's mailbox")
    description = _("Limits of the letter form and deadlines of the answers.")


class ServiceHallForm(RegistryEditForm):
    schema = IServiceHallSettings
    schema_prefix = "hami.policy.servicehall"
    label = _("Service hall")
    description = _("Limits of the online application forms.")


class SupervisionForm(RegistryEditForm):
    schema = ISupervisionSettings
    schema_prefix = "hami.policy.supervision"
    label = _("Supervision and assessment")
    description = _(
        "When columns are due soon, the national veto lines with their early "
        "warnings, and the deductions of the monthly assessment."
    )


WorkingDaysView = layout.wrap_form(WorkingDaysForm, ControlPanelFormWrapper)
MailboxView = layout.wrap_form(MailboxForm, ControlPanelFormWrapper)
ServiceHallView = layout.wrap_form(ServiceHallForm, ControlPanelFormWrapper)
SupervisionSettingsView = layout.wrap_form(SupervisionForm, ControlPanelFormWrapper)
