from hami.theme import _
from hami.theme.interfaces import IBrandingSettings
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout


class BrandingForm(RegistryEditForm):
    schema = IBrandingSettings
    label = _("Hami portal branding")
    description = _("The portal's name and footer in each language.")


BrandingView = layout.wrap_form(BrandingForm, ControlPanelFormWrapper)
