"""Every image in rich text needs a text alternative (GB/T 37668, WCAG 1.1.1)."""

from hami.policy import _
from lxml import html
from plone.app.textfield.interfaces import IRichText
from z3c.form import validator
from zope.interface import Invalid


class ImageAltValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        raw = getattr(value, "raw", None)
        if not raw or "<img" not in raw:
            return
        for image in html.fragment_fromstring(raw, create_parent="div").iter("img"):
            if not (image.get("alt") or "").strip():
                raise Invalid(
                    _(
                        "error_image_alt",
                        default="Every image needs a text alternative: describe it "
                        "in the image's “Alternative text”.",
                    )
                )


validator.WidgetValidatorDiscriminators(ImageAltValidator, field=IRichText)
