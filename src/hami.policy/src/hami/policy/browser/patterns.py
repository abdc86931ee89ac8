"""TinyMCE: right to left in Uyghur and Kazakh, and accessible in every language."""

from hami.policy import _
from hami.policy.languages import is_rtl
from plone import api
from Products.CMFPlone.patterns.settings import PatternSettingsAdapter
from zope.i18n import translate

import json


class HamiPatternSettings(PatternSettingsAdapter):
    def tinymce(self) -> dict:
        settings = super().tinymce()
        configuration = json.loads(settings["data-pat-tinymce"])
        tiny = configuration["tiny"]
        language = api.portal.get_current_language(context=self.context)
        if is_rtl(language):
            tiny["directionality"] = "rtl"
        # The editing area is named for screen readers (the iframe's title),
        # and the drag handle, which keyboards cannot use, is left out.
        tiny["iframe_aria_text"] = translate(
            _("label_text_editor", default="Text editor"), context=self.request
        )
        tiny["resize"] = False
        settings["data-pat-tinymce"] = json.dumps(configuration)
        return settings
