"""The portal's daily job; cron-friendly, safe to run twice.

    bin/instance run scripts/daily.py

- mails the handlers of letters whose deadline is near (once a day per letter);
- forgets the per-address submission records older than a day.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from hami.policy.cases.protection import prune_senders
from hami.policy.mailbox.reminders import remind
from hami.policy.mailbox.settings import letter_box
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import os
import sys
import time
import transaction


SITE_ID = os.environ.get("SITE_ID", "hami")


def main(app) -> int:
    app = makerequest(app)
    newSecurityManager(None, system)
    site = app[SITE_ID]
    setSite(site)
    reminded = remind()
    pruned = prune_senders(letter_box(), time.time() - 24 * 3600)
    transaction.get().note("hami: daily job")
    transaction.commit()
    print(f"[hami] Reminded {len(reminded)} letters; forgot {pruned} old submissions.")
    return 0


if __name__ == "__main__":
    sys.exit(main(app))  # noqa: F821 - `app` is given by `bin/instance run`
