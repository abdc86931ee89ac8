"""The Video and Playlist types.

A Video keeps the uploaded original (its primary field: TUS uploads land
there) and, once the worker has processed it, what browsers play: an MP4 per
size (``mp4_360``, ``mp4_720``), a poster frame, a strip of preview thumbnails
and the duration. These are attributes, not form fields: nobody edits them.
"""

from hami.policy import _
from plone.app.z3cform.widgets.contentbrowser import ContentBrowserFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.namedfile.field import NamedBlobImage
from plone.supermodel import model
from plone.supermodel.directives import fieldset
from plone.supermodel.directives import primary
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


INTERNAL = "internal"
CATEGORIES = (
    ("training", _("video_category_training", default="Training")),
    ("education", _("video_category_education", default="Education")),
    ("news", _("video_category_news", default="News")),
    ("meeting", _("video_category_meeting", default="Meetings")),
    (INTERNAL, _("video_category_internal", default="Internal reference (staff only)")),
)
# The caption tracks: field name, the portal's language code, BCP 47 tag.
CAPTIONS = (
    ("captions_zh", "zh-cn", "zh-CN"),
    ("captions_ug", "ug", "ug"),
    ("captions_kk", "kk", "kk-Arab"),
    ("captions_en", "en", "en"),
)
MAX_CAPTIONS_BYTES = 2 * 1024 * 1024


class Refused(schema.ValidationError):
    """A file the portal does not take, with the reason in the user's language
    (in the form and over REST alike)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return translate(self.message, context=getRequest())

    def __str__(self):
        return self.doc()


def categories(context=None) -> SimpleVocabulary:
    return SimpleVocabulary([
        SimpleTerm(value, value, title) for value, title in CATEGORIES
    ])


def category_title(value: str):
    return dict(CATEGORIES).get(value, value)


def _webvtt(value) -> bool:
    """A caption file is WebVTT in UTF-8 (checked by content, not by name)."""
    if value is None:
        return True
    if value.getSize() > MAX_CAPTIONS_BYTES:
        raise Refused(
            _("error_captions_size", default="A caption file may be 2 MB at most.")
        )
    try:
        text = value.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(
            _("error_captions_encoding", default="The caption file is not UTF-8 text.")
        ) from None
    if not text.startswith("WEBVTT"):
        raise Refused(
            _(
                "error_captions_format",
                default="The caption file is not WebVTT: it must start with the "
                "line WEBVTT.",
            )
        )
    return True


def _original(value) -> bool:
    from hami.policy.video.uploads import check_original

    return check_original(value)


class IVideo(model.Schema):
    category = schema.Choice(
        title=_("Category"),
        description=_(
            "Internal reference videos are shown to staff only: never to the "
            "public, in search, feeds or caches."
        ),
        vocabulary="hami.policy.VideoCategories",
        default="news",
        required=True,
    )
    primary("original")
    # what was uploaded, as it was: for its editors; everyone else plays the
    # conversions (the file, its download URLs and its REST entry)
    directives.read_permission(original="cmf.ModifyPortalContent")
    original = NamedBlobFile(
        title=_("Video file"),
        description=_(
            "The recording as it came from the camera or editing program (MP4, "
            "MOV, MKV, AVI, MPEG…). It is converted for browsers and phones "
            "after saving; large files can also be sent resumably over the REST API."
        ),
        required=True,
        constraint=_original,
    )
    recorded = schema.Date(title=_("Recording date"), required=False)
    speakers = schema.List(
        title=_("Speakers"),
        description=_("One per line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    poster = NamedBlobImage(
        title=_("Poster"),
        description=_(
            "Shown before playing. Left empty, a frame of the video is used."
        ),
        required=False,
    )
    fieldset(
        "captions",
        label=_("Captions"),
        fields=[name for name, _code, _tag in CAPTIONS],
    )
    captions_zh = NamedBlobFile(
        title=_("Captions in Chinese (WebVTT)"), required=False, constraint=_webvtt
    )
    captions_ug = NamedBlobFile(
        title=_("Captions in Uyghur (WebVTT)"), required=False, constraint=_webvtt
    )
    captions_kk = NamedBlobFile(
        title=_("Captions in Kazakh (WebVTT)"), required=False, constraint=_webvtt
    )
    captions_en = NamedBlobFile(
        title=_("Captions in English (WebVTT)"), required=False, constraint=_webvtt
    )


@implementer(IVideo)
class Video(Item):
    """A recording; what browsers play is made by the worker."""

    video_status = "pending"  # pending, processing, ready, failed
    video_message = ""
    video_token = ""
    duration = None  # seconds
    width = None
    height = None
    mp4_360 = None
    mp4_720 = None
    frame = None  # the poster frame the worker took
    thumbnails = None  # the preview strip
    thumbnail_count = 0
    sizes_made = ()  # the lines of each MP4 made, e.g. (360, 720)

    def is_internal(self) -> bool:
        return getattr(self, "category", None) == INTERNAL

    def renditions(self) -> list[tuple[int, object]]:
        """(lines, file) of each MP4 made, smallest first."""
        made = [
            (lines, getattr(self, f"mp4_{lines}", None)) for lines in self.sizes_made
        ]
        return sorted(
            (item for item in made if item[1] is not None), key=lambda i: i[0]
        )


class IPlaylist(model.Schema):
    category = schema.Choice(
        title=_("Category"),
        vocabulary="hami.policy.VideoCategories",
        default="training",
        required=True,
    )
    directives.widget(
        "videos",
        ContentBrowserFieldWidget,
        pattern_options={
            "selectableTypes": ["Video"],
        },
    )
    videos = RelationList(
        title=_("Videos, in the order they play"),
        description=_("A meeting's sessions, the lessons of a training course."),
        value_type=RelationChoice(vocabulary="plone.app.vocabularies.Catalog"),
        required=False,
        default=[],
    )


@implementer(IPlaylist)
class Playlist(Item):
    """The sessions of a meeting, the lessons of a course: videos in order."""
