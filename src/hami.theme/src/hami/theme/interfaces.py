from hami.theme import _
from plonetheme.barceloneta.interfaces import IBarcelonetaLayer
from zope import schema
from zope.interface import Interface


class IHamiThemeLayer(IBarcelonetaLayer):
    """Marker interface for the browser layer of hami.theme."""


class IBrandingSettings(Interface):
    """What the header, the browser title and the footer say, per language."""

    portal_names = schema.Dict(
        title=_("Portal name per language"),
        description=_(
            "Shown in the header and the browser title of pages in that "
            "language. Language codes as in the language settings (zh-cn, ug, "
            "kk, en); the site title is used for a language without a name."
        ),
        key_type=schema.TextLine(title=_("Language")),
        value_type=schema.TextLine(title=_("Portal name")),
        required=False,
        default={},
    )

    footer_lines = schema.Dict(
        title=_("Footer per language"),
        description=_(
            "Who runs the portal and how to reach them, in each language; one "
            "line per line."
        ),
        key_type=schema.TextLine(title=_("Language")),
        value_type=schema.Text(title=_("Footer")),
        required=False,
        default={},
    )

    registration = schema.Text(
        title=_("Registration lines"),
        description=_(
            "The site's registrations, the same in every language (ICP number, "
            "public security record, site identifier), one per line."
        ),
        required=False,
        default="",
    )
