"""Catalog indexes of videos: category, processing state, responsible unit."""

from hami.policy.behaviors.responsible import enclosing_unit_id
from hami.policy.video.content import IVideo
from plone.indexer import indexer
from zope.interface import Interface


@indexer(Interface)
def video_category(obj):
    value = (
        getattr(obj, "category", None)
        if obj.portal_type in ("Video", "Playlist", "LiveEvent")
        else None
    )
    if not value:
        raise AttributeError("video_category")
    return value


@indexer(IVideo)
def video_status(obj):
    return obj.video_status


@indexer(Interface)
def video_unit(obj):
    """The unit a video, playlist or live event belongs to: the one responsible,
    or the department whose sub-site holds it."""
    if obj.portal_type not in ("Video", "Playlist", "LiveEvent"):
        raise AttributeError("video_unit")
    unit = getattr(obj, "responsible_department", None) or enclosing_unit_id(obj)
    if not unit:
        raise AttributeError("video_unit")
    return unit
