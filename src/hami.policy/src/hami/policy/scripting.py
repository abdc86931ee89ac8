"""The request of scripts run by `bin/instance run` (the daily job): links in
the mails they send must point at the public site, not at http://foo.

PORTAL_URL is the address citizens and staff use for the site, e.g.
https://www.hami.gov.cn (the front web server maps it onto /hami); without
it, the public address in the site's settings (``hami.policy.links``).
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from hami.policy import links
from Testing.makerequest import makerequest
from urllib.parse import quote
from urllib.parse import urlparse
from zope.component.hooks import setSite

import os


def open_site(app, site_id: str, public_url: str | None = None):
    """The site, as the system user, with URLs under the public address."""
    app = makerequest(app)
    newSecurityManager(None, system)
    site = app[site_id]
    setSite(site)
    url = urlparse(public_url or os.environ.get("PORTAL_URL") or links.public_url())
    request = app.REQUEST
    default_port = 443 if url.scheme == "https" else 80
    request.setServerURL(
        protocol=url.scheme, hostname=url.hostname, port=url.port or default_port
    )
    request.other["VirtualRootPhysicalPath"] = site.getPhysicalPath()
    request._script[:] = [quote(part) for part in url.path.split("/") if part]
    return site
