"""The portal's daily job; cron-friendly, safe to run twice.

    bin/instance run scripts/daily.py

- mails the handlers of letters whose deadline is near (once a day per letter);
- mails each department's webmasters a digest of their columns that are
  overdue, empty or due soon (once a day per department);
- records the monthly assessment: the running month (provisional) and, once
  a month is over, that month as final;
- forgets the per-address submission records older than a day;
- writes the staff mail server's tables again if anything changed that no
  event announced (HAMI_MAIL_ROOT set: production).

Links in the mails use PORTAL_URL (default http://localhost:8080/hami); set it
to the public address, e.g. PORTAL_URL=https://www.hami.gov.cn.
"""

from hami.policy.cases.protection import prune_senders
from hami.policy.mail import provisioning
from hami.policy.mailbox.reminders import remind
from hami.policy.mailbox.settings import letter_box
from hami.policy.scripting import open_site
from hami.policy.supervision import assessment
from hami.policy.supervision.reminders import remind as remind_columns

import os
import sys
import time
import transaction


SITE_ID = os.environ.get("SITE_ID", "hami")


def main(app) -> int:
    open_site(app, SITE_ID)
    reminded = remind()
    departments = remind_columns()
    months = assessment.record()
    pruned = prune_senders(letter_box(), time.time() - 24 * 3600)
    transaction.get().note("hami: daily job")
    transaction.commit()
    tables = provisioning.provision()
    print(
        f"[hami] Reminded {len(reminded)} letters; mailed {len(departments)} "
        f"departments about their columns; recorded the assessment of "
        f"{', '.join(months)}; forgot {pruned} old submissions; "
        f"mail tables written: {', '.join(tables) or 'none'}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(app))  # noqa: F821 - `app` is given by `bin/instance run`
