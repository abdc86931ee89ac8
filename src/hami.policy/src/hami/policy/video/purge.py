"""What a caching proxy must forget when a video changes: its files.

plone.app.caching purges an item's pages, its schema fields' downloads and
its image scales; a video's conversions, poster frame, thumbnails and
caption files are served by ``@@display-file`` under names of their own, and
a video that becomes internal reference, is retracted or deleted must not
stay in the proxy for the day those files are kept. The proxy bans a path in
all its query-string variants (``?v=<conversion>``).
"""

from hami.policy.video.content import CAPTIONS
from hami.policy.video.content import IVideo
from z3c.caching.interfaces import IPurgePaths
from zope.component import adapter
from zope.interface import implementer


@implementer(IPurgePaths)
@adapter(IVideo)
class VideoFilePurgePaths:
    def __init__(self, context):
        self.context = context

    def getRelativePaths(self) -> list[str]:
        video = self.context
        base = "/" + video.virtual_url_path()
        paths = []
        for lines, file in video.renditions():
            for view in ("@@display-file", "@@download"):
                paths.append(f"{base}/{view}/mp4_{lines}")
                paths.append(f"{base}/{view}/mp4_{lines}/{file.filename}")
        for name in ("frame", "thumbnails", *(name for name, _code, _tag in CAPTIONS)):
            if getattr(video, name, None) is not None:
                paths.append(f"{base}/@@display-file/{name}")
                paths.append(f"{base}/@@download/{name}")
        return paths

    def getAbsolutePaths(self) -> list[str]:
        return []
