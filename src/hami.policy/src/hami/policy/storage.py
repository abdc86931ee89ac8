"""Read your writes across Zope clients on one ZEO server.

Behind Varnish or nginx, two requests of one person may go to two clients. A
ZEO client learns of the other client's commits from invalidations the server
pushes asynchronously; a transaction that starts before they arrive reads the
old state: the letter just sent is "not found" on its status page, a failed
log-in counted on one client is missed on the other. ZEO's ``server-sync``
makes every transaction start with a round trip to the server (well under a
millisecond on loopback), after which all invalidations sent before it have
arrived. plone.recipe.zope2instance writes ZODB's ``<zeoclient>`` section,
which has no key for it, so the policy turns it on when the database opens.
RelStorage polls the database at each transaction start already.
"""

from hami.policy import logger
from zope.component import adapter
from zope.processlifetime import IDatabaseOpenedWithRoot


def server_sync(storage) -> bool:
    """Turn on ZEO's server-sync for a ClientStorage; False for other storages."""
    if not hasattr(storage, "server_sync"):
        return False
    storage.server_sync = True  # each (re)connection sets sync = ping
    if getattr(storage, "ping", None) is not None:  # connected already
        storage.sync = storage.ping
    return True


@adapter(IDatabaseOpenedWithRoot)
def read_your_writes(event) -> None:
    if server_sync(event.database.storage):
        logger.info("ZEO server-sync on: each transaction sees the others' commits")
