"""Security headers on every answer of the portal.

- Content-Security-Policy: scripts only from the portal itself (the theme has
  no inline script); styles may be inline because TinyMCE and Plone's widgets
  set style attributes; images also from data: and blob: URLs (TinyMCE's
  image previews); nothing may frame the portal but the portal itself. Pages
  for logged-in staff also allow ``'unsafe-eval'``: Classic UI's folder
  contents and its modal forms (e.g. EasyForm's field editor) compile
  underscore templates with ``new Function``. Citizens' pages do not.
- X-Content-Type-Options: nosniff; Referrer-Policy: the origin only, and
  nothing to other sites over plain HTTP.
- Pages for logged-in staff carry ``Cache-Control: private, no-store`` unless
  the page said otherwise: they may show citizens' personal data, which must
  not stay in a shared cache or the browser's disk cache.

Strict-Transport-Security belongs to the front server that terminates HTTPS
(see the README's nginx example), not to Zope behind it.

Zope names itself in an ``X-Powered-By`` header that it writes when it sends
the answer, after every hook; the one way to leave it out is to wrap the
method that lists the headers (below), at start-up.
"""

from AccessControl import getSecurityManager
from AccessControl.SpecialUsers import nobody
from ZPublisher.HTTPResponse import HTTPBaseResponse


def _policy(scripts: str) -> str:
    return "; ".join((
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "frame-src 'self'",
        "frame-ancestors 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ))


PUBLIC_POLICY = _policy("'self'")
STAFF_POLICY = _policy("'self' 'unsafe-eval'")
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
}
PERSONAL = ("text/html", "application/json")


def _without_powered_by(list_headers):
    def listHeaders(self):
        return [
            (name, value)
            for name, value in list_headers(self)
            if name.lower() != "x-powered-by"
        ]

    listHeaders.hami_wrapped = True
    return listHeaders


if not getattr(HTTPBaseResponse.listHeaders, "hami_wrapped", False):
    HTTPBaseResponse.listHeaders = _without_powered_by(HTTPBaseResponse.listHeaders)


def add_headers(event) -> None:
    request = event.request
    response = request.response
    user = getSecurityManager().getUser()
    staff = user is not None and user.getUserName() != nobody.getUserName()
    for name, value in HEADERS.items():
        if not response.getHeader(name):
            response.setHeader(name, value)
    if not response.getHeader("Content-Security-Policy"):
        policy = STAFF_POLICY if staff else PUBLIC_POLICY
        response.setHeader("Content-Security-Policy", policy)
    # staff pages may show personal data: never stored, whatever the caching
    # rules said (they run before this, and would allow a revalidated copy)
    content_type = response.getHeader("Content-Type") or ""
    if staff and content_type.startswith(PERSONAL):
        response.setHeader("Cache-Control", "private, no-store")
