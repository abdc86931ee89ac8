"""Site setup → Video settings."""

from hami.policy import _
from hami.policy.video.settings import IVideoSettings
from hami.policy.video.settings import PREFIX
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout


class VideoSettingsForm(RegistryEditForm):
    schema = IVideoSettings
    schema_prefix = PREFIX
    label = _("Video settings")
    description = _(
        "Uploads and conversion of the video system. The worker process "
        "converts each upload with ffmpeg; see the README for its operation."
    )


VideoSettingsView = layout.wrap_form(VideoSettingsForm, ControlPanelFormWrapper)
