"""v20261205001: video on demand and live.

Adds the Video, Playlist and LiveEvent types (each department's news column
may hold them, as columns.csv now says), the
video workflow (internal reference videos for staff only), the catalog
indexes of videos, the video settings and their control panel.
"""

from hami.policy.video.settings import IVideoSettings
from hami.policy.video.settings import PREFIX
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


PROFILE = "profile-hami.policy:default"
INDEXES = ("video_category", "video_status", "video_unit")
VIDEO_TYPES = ("Video", "Playlist", "LiveEvent")


def install_video(setup_tool) -> None:
    getUtility(IRegistry).registerInterface(IVideoSettings, prefix=PREFIX)
    for step in ("rolemap", "typeinfo", "workflow", "controlpanel", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    catalog = setup_tool.portal_catalog
    for name in INDEXES:
        if name not in catalog.indexes():
            catalog.addIndex(name, "FieldIndex")  # empty: no video exists yet
    allow_videos_in_news(setup_tool.portal_catalog)
    purged = "plone.app.caching.interfaces.IPloneCacheSettings.purgedContentTypes"
    registry = getUtility(IRegistry)
    types = tuple(registry.get(purged) or ())
    registry[purged] = types + tuple(name for name in VIDEO_TYPES if name not in types)


def allow_videos_in_news(catalog) -> None:
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Column", hami_column_kind="news"
    ):
        column = brain._unrestrictedGetObject()
        constraints = ISelectableConstrainTypes(column)
        for get, put in (
            (constraints.getLocallyAllowedTypes, constraints.setLocallyAllowedTypes),
            (
                constraints.getImmediatelyAddableTypes,
                constraints.setImmediatelyAddableTypes,
            ),
        ):
            types = list(get())
            missing = [name for name in VIDEO_TYPES if name not in types]
            if missing:
                put(types + missing)
