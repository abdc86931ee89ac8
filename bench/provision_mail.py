"""Run inside Zope (``bin/instance run``) by bench/mail.py: times the staff
mail tables' provisioning against a real Postfix (postmap, reload).

Prints one JSON line: milliseconds and tables written for the first run (every
table), a second run with no change (and the files it touched: none), and runs
after one password change and after one person moved to another unit.
"""

from hami.policy.mail import provisioning
from hami.policy.scripting import open_site

import json
import os
import sys
import time
import transaction


def timed(portal) -> dict:
    started = time.perf_counter()
    tables = provisioning.compute(portal)
    written = provisioning.write(provisioning.mail_root(), tables)
    return {
        "ms": round((time.perf_counter() - started) * 1000, 1),
        "written": written,
        "accounts": tables.accounts,
        "lists": tables.lists,
    }


def main(app) -> int:
    portal = open_site(app, os.environ.get("SITE_ID", "hami"))
    maps = provisioning.mail_root() / "maps"
    results = {"first": timed(portal)}
    stamps = {p.name: p.stat().st_mtime_ns for p in maps.iterdir()}
    results["unchanged"] = timed(portal)
    results["unchanged"]["files_touched"] = sorted(
        p.name
        for p in maps.iterdir()
        if p.name != "status.json" and stamps.get(p.name) != p.stat().st_mtime_ns
    )
    # changes inside this transaction, written by hand and timed; the
    # transaction is aborted at the end (a throw-away site)
    portal.acl_users.source_users.userSetPassword("hm0098", "bench-new-password-1")
    results["one password changed"] = timed(portal)
    portal["oa"]["directory"]["hm0099"].unit = "gsj"
    results["one person moved"] = timed(portal)
    transaction.abort()
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(app))  # noqa: F821 - `app` is given by `bin/instance run`
