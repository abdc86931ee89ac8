"""The settings of the video system (registry, prefix ``hami.policy.video``)."""

from hami.policy import _
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import queryUtility
from zope.interface import Interface


PREFIX = "hami.policy.video"


class IVideoSettings(Interface):
    max_upload_mb = schema.Int(
        title=_("Largest video upload (MB)"),
        description=_(
            "Uploads in the edit form and resumable (TUS) uploads above this "
            "size are refused."
        ),
        min=1,
        default=2048,
    )
    proxy_max_mb = schema.Int(
        title=_("Largest video file kept by the caching proxy (MB)"),
        description=_(
            "Larger files go from the portal to the viewers directly, each "
            "seek reading only its part: set it below the proxy's video storage "
            "(VARNISH_VIDEO_CACHE, 4 GB)."
        ),
        min=0,
        default=1024,
    )
    sizes = schema.List(
        title=_("Sizes made for playback (lines of the picture)"),
        description=_(
            "Each size the source allows is made as MP4 (H.264/AAC); the "
            "smallest is always made."
        ),
        value_type=schema.Int(min=144, max=2160),
        default=[360, 720],
    )


def get(name: str):
    """A setting, or its default on a site not upgraded yet."""
    registry = queryUtility(IRegistry)
    default = IVideoSettings[name].default
    if registry is None:
        return default
    value = registry.get(f"{PREFIX}.{name}", None)
    return default if value is None else value


def max_upload_bytes() -> int:
    return int(get("max_upload_mb")) * 1024 * 1024


def sizes() -> list[int]:
    return sorted({int(size) for size in get("sizes") or [360]})


def proxy_max_bytes() -> int:
    return int(get("proxy_max_mb")) * 1024 * 1024
