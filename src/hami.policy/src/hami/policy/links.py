"""Links in mails: always under the portal's configured public address.

A link built from the request would follow whatever Host header the request
carried (``Host: evil.example`` → a password-reset link to evil.example).
Mails therefore build links from the public address in the registry
(``hami.policy.security.public_url``, set from PORTAL_URL by every start of
the portal) and the object's place in the site, never from the request.
"""

from plone import api
from urllib.parse import quote


RECORD = "hami.policy.security.public_url"
DEVELOPMENT = "http://localhost:8080"


def public_url() -> str:
    """The portal's public address, e.g. https://www.hami.gov.cn."""
    url = api.portal.get_registry_record(RECORD, default=None)
    if url:
        return url.rstrip("/")
    return f"{DEVELOPMENT}/{api.portal.get().getId()}"


def url_of(obj) -> str:
    """The public address of an object of the site."""
    site = api.portal.get().getPhysicalPath()
    path = obj.getPhysicalPath()[len(site) :]
    return "/".join((public_url(), *(quote(part) for part in path)))
