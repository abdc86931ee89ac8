"""The settings form and the check of an address an administrator types."""

from hami.policy import _
from hami.policy.content.person import IPerson
from hami.policy.mail import addresses
from hami.policy.mail.settings import IStaffMailSettings
from hami.policy.mail.settings import PREFIX
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout
from z3c.form import util
from z3c.form import validator
from zope.interface import Invalid


class StaffMailSettingsForm(RegistryEditForm):
    schema = IStaffMailSettings
    schema_prefix = PREFIX
    label = _("Staff e-mail settings")
    description = _("The mail domain, the lists and who may write to them.")


StaffMailSettingsView = layout.wrap_form(StaffMailSettingsForm, ControlPanelFormWrapper)


class LocalPartValidator(validator.SimpleFieldValidator):
    """An address is well formed, not a list's and never someone else's."""

    def validate(self, value):
        super().validate(value)
        if not value:
            return
        person = self.context if IPerson.providedBy(self.context) else None
        userid = getattr(person, "login", None) or ""
        addresses.check(value, userid)  # Invalid: the form shows why


validator.WidgetValidatorDiscriminators(LocalPartValidator, field=IPerson["mail_local"])


class PersonValidator(validator.InvariantsValidator):
    """The same check for a person changed over REST (plone.restapi runs the
    schema's validator, not the fields' widgets')."""

    def validate(self, data):
        errors = list(super().validate(data))
        # plone.restapi has already set the value when it asks: check it
        # whether or not it differs from the person's
        local = data.get("mail_local")
        person = self.context if IPerson.providedBy(self.context) else None
        if local:
            try:
                addresses.check(local, getattr(person, "login", "") or "")
            except Invalid as error:
                errors.append(error)
        return tuple(errors)


# the schema itself is the discriminator (force: not "objects providing it")
validator.WidgetsValidatorDiscriminators(
    PersonValidator, schema=util.getSpecification(IPerson, force=True)
)
