"""Mail goes through a queue: a workflow step never waits for, or fails with, SMTP.

Plone's MailHost sends directly by default, and zope.sendmail then contacts the
SMTP server while the transaction commits: a mail server that is down aborts
the submission it was meant to announce. With the queue, the mail is written to
a maildir inside the transaction and a thread in each client delivers it,
retrying until the server answers.
"""

from Acquisition import aq_base
from pathlib import Path
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from plone.registry.interfaces import IRecordModifiedEvent
from zope.component import adapter
from zope.component import hooks
from zope.processlifetime import IDatabaseOpenedWithRoot

import logging


logger = logging.getLogger(__name__)


def use_queue(site: IPloneSiteRoot, directory: Path) -> bool:
    """Send the site's mail through the maildir queue in ``directory``."""
    for name in ("cur", "new", "tmp"):
        (directory / name).mkdir(parents=True, exist_ok=True)
    mailhost = site.MailHost
    changed = False
    if not mailhost.smtp_queue:
        mailhost.smtp_queue = True
        changed = True
    if mailhost.smtp_queue_directory != str(directory):
        mailhost.smtp_queue_directory = str(directory)
        changed = True
    return changed


@adapter(IDatabaseOpenedWithRoot)
def start_queues(event) -> None:
    """Deliver what is queued as soon as a client starts, not at the next mail."""
    connection = event.database.open()
    try:
        app = connection.root()["Application"]
        for site in app.objectValues():
            mailhost = getattr(aq_base(site), "MailHost", None)
            if IPloneSiteRoot.providedBy(site) and getattr(
                mailhost, "smtp_queue", False
            ):
                with hooks.site(site):  # the mailer reads Plone's registry
                    site.MailHost._startQueueProcessorThread()
                logger.info("Mail queue of %s started", site.getId())
    finally:
        connection.close()


@adapter(IRecordModifiedEvent)
def restart_queue(event) -> None:
    """New SMTP settings reach the delivering thread at once."""
    if not event.record.__name__.startswith("plone.smtp_"):
        return
    mailhost = api.portal.get_tool("MailHost")
    if mailhost.smtp_queue:
        mailhost.manage_restartQueueThread("stop")
        mailhost.manage_restartQueueThread("start")
