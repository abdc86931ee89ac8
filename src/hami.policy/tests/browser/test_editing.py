"""Editing in four languages: right-to-left TinyMCE, images with alternative text."""

from hami.policy.interfaces import IHamiPolicyLayer
from zope.interface import alsoProvides
from zope.interface import Invalid

import json
import pytest


def tiny_options(context, request, language):
    from plone.app.textfield import RichText
    from plone.base.interfaces import IPatternsSettings
    from zope.component import getMultiAdapter

    alsoProvides(request, IHamiPolicyLayer)
    request.set("LANGUAGE", language)
    field = RichText(__name__="text")
    settings = getMultiAdapter(
        (context, request, field), IPatternsSettings, name="pattern_settings"
    )
    return json.loads(settings.tinymce()["data-pat-tinymce"])["tiny"]


@pytest.mark.parametrize(
    "language,rtl", [("ug", True), ("kk", True), ("zh-cn", False), ("en", False)]
)
def test_tinymce_direction(portal, http_request, language, rtl):
    column = portal[language]["departments"]["fgw"]["news"]
    tiny = tiny_options(column, http_request, language)
    assert (tiny.get("directionality") == "rtl") is rtl
    assert tiny["iframe_aria_text"]
    assert tiny["resize"] is False


class TestImageAlt:
    def validate(self, portal, request, raw):
        from hami.policy.browser.validators import ImageAltValidator
        from plone.app.textfield import RichText
        from plone.app.textfield.value import RichTextValue

        field = RichText(__name__="text")
        validator = ImageAltValidator(portal, request, None, field, None)
        validator.validate(RichTextValue(raw, "text/html", "text/x-html-safe"))

    def test_image_without_alt_refused(self, portal, http_request):
        with pytest.raises(Invalid):
            self.validate(portal, http_request, '<p>会议现场<img src="photo.jpg"></p>')
        with pytest.raises(Invalid):
            self.validate(portal, http_request, '<p><img src="a.jpg" alt="  "></p>')

    def test_described_image_accepted(self, portal, http_request):
        self.validate(portal, http_request, '<p><img src="a.jpg" alt="会议现场"></p>')
        self.validate(portal, http_request, "<p>没有图片</p>")
