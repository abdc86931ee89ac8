"""Broadcasts start and end by the clock, not by an edit: nothing would tell
the caching proxy that a home page's "Live now" block changed. The video
worker, which looks at the database every few seconds anyway, purges the
pages of the broadcasts whose start or end has just passed (the broadcast's
page, its column, its department's and its language's home pages)."""

from __future__ import annotations

from datetime import datetime
from hami.policy.cases import clock
from hami.policy.interfaces import IHamiPolicyLayer
from hami.policy.video.live import aware
from hami.policy.video.live import local_now
from plone.cachepurging.interfaces import ICachePurgingSettings
from plone.cachepurging.interfaces import IPurger
from plone.cachepurging.utils import getPathsToPurge
from plone.cachepurging.utils import getURLsToPurge
from plone.registry.interfaces import IRegistry
from zope.component import queryUtility
from zope.interface import alsoProvides

import logging


logger = logging.getLogger("hami.policy.video.schedule")


def passed(site, since: datetime, until: datetime) -> list:
    """The broadcasts that started or ended in (since, until]."""
    catalog = site.portal_catalog
    window = {
        "query": [clock.zope_time(since), clock.zope_time(until)],
        "range": "min:max",
    }
    found = {}
    for index in ("start", "end"):
        for brain in catalog.unrestrictedSearchResults(
            portal_type="LiveEvent", **{index: window}
        ):
            found[brain.getPath()] = brain
    return list(found.values())


def purge(site, request, since: datetime, until: datetime) -> int:
    """Purge the pages of what started or ended; the number of URLs purged."""
    registry = queryUtility(IRegistry)
    settings = registry.forInterface(ICachePurgingSettings, check=False)
    purger = queryUtility(IPurger)
    if not settings.enabled or not settings.cachingProxies or purger is None:
        return 0
    alsoProvides(request, IHamiPolicyLayer)  # the portal's path rewriting
    urls = set()
    for brain in passed(site, since, until):
        event = brain._unrestrictedGetObject()
        for path in getPathsToPurge(event, request):
            urls.update(getURLsToPurge(path, settings.cachingProxies))
    for url in sorted(urls):
        status, _xcache, error = purger.purgeSync(url)
        if error:
            logger.warning("purge %s: %s %s", url, status, error)
    return len(urls)


def now() -> datetime:
    return aware(local_now())
