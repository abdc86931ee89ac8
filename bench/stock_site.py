"""A stock Plone 6.2 Classic site (``/plone``, with Plone's example content)
next to the portal, for `make bench` to compare the portal's front page with
Plone's own in the same process. Run with `bin/instance run`."""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from plone.distribution.api import site as site_api
from Testing.makerequest import makerequest

import sys
import transaction


SITE_ID = "plone"


def main(app) -> int:
    app = makerequest(app)
    newSecurityManager(None, system)
    if SITE_ID not in app.objectIds():
        site_api.create(
            app,
            "classic",
            answers={
                "site_id": SITE_ID,
                "title": "Plone site",
                "description": "",
                "default_language": "en",
                "portal_timezone": "UTC",
                "setup_content": True,
            },
        )
        transaction.commit()
    print(f"[bench] stock Plone site /{SITE_ID}")
    return 0


if __name__ == "__main__":
    sys.exit(main(app))  # noqa: F821 - `app` is given by `bin/instance run`
