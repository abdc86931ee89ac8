"""What a caching proxy must forget when something is published or changed.

plone.cachepurging asks every named IPurgePaths adapter of a purged object
for its paths (plone.app.caching's own give the item's URLs). These add the
pages that list the item: its column, its department's or county's home, the
language's home page, and their feeds; and, for a letter published redacted,
the published letters and the letter statistics in every language. The proxy
(profiles/varnish/hami.vcl.in) bans a path in all its query-string variants.
"""

from Acquisition import aq_base
from Acquisition import aq_chain
from Acquisition import aq_inner
from hami.policy.languages import CODES
from plone import api
from plone.cachepurging.interfaces import IPurgePathRewriter
from plone.dexterity.interfaces import IDexterityContent
from z3c.caching.interfaces import IPurgePaths
from z3c.caching.purge import Purge
from zope.component import adapter
from zope.event import notify
from zope.interface import implementer


LISTINGS = ("Column", "Department", "LRF")
SUFFIXES = ("", "/", "/view", "/RSS", "/rss.xml", "/atom.xml")
LETTER_PAGES = ("@@letters", "@@letter-stats")


@implementer(IPurgePaths)
@adapter(IDexterityContent)
class ListingPurgePaths:
    """The listing pages above an item, up to its language's home page."""

    def __init__(self, context):
        self.context = context

    def getRelativePaths(self) -> list[str]:
        paths = []
        for ancestor in aq_chain(aq_inner(self.context))[1:]:
            portal_type = getattr(aq_base(ancestor), "portal_type", None)
            if portal_type in LISTINGS:
                base = "/" + ancestor.virtual_url_path()
                paths.extend(base + suffix for suffix in SUFFIXES)
            if portal_type in ("LRF", "Plone Site"):
                break
        return paths

    def getAbsolutePaths(self) -> list[str]:
        return []


@implementer(IPurgePaths)
class PublishedLetterPurgePaths:
    """The published letters and the statistics, in every language."""

    def __init__(self, context):
        self.context = context

    def getRelativePaths(self) -> list[str]:
        portal = api.portal.get()
        return [
            f"/{portal[language].virtual_url_path()}/{page}"
            for language in CODES
            if language in portal
            for page in LETTER_PAGES
        ]

    def getAbsolutePaths(self) -> list[str]:
        return []


@implementer(IPurgePathRewriter)
class PhysicalPaths:
    """Purge paths as Zope's physical paths (/hami/zh-cn/…), however the
    request that changed the content was virtual-hosted: the proxy stores each
    page under its physical path too, so one purge reaches the page under
    every public host name (www, a department's sub-domain, localhost)."""

    def __init__(self, request):
        self.request = request

    def __call__(self, path: str) -> list[str]:
        root = "/".join(self.request.get("VirtualRootPhysicalPath") or ())
        if root in ("", "/"):
            return [path]
        return [root + (path if path.startswith("/") else "/" + path)]


def purge(obj) -> None:
    """Ask the proxy to forget ``obj``'s pages (sent after the commit)."""
    notify(Purge(obj))
