"""Too many wrong passwords: the account, and the address, wait.

Every password check of the portal (the log-in form, HTTP basic auth, REST
``@login``) goes through the user folder's authentication plugins. This
plugin takes the place of the user source's own password check and delegates
to it, counting failures per account and per client address in the database
(``security.attempts``), shared by all clients. Past the limit the request is
refused with 429 and a message saying how long to wait, even with the right
password; each failure and each refusal is written to the audit trail.

The same plugin guards Zope's own administrator in the root user folder
(``scripts/create_site.py`` installs both).
"""

from __future__ import annotations

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent
from hami.policy import _
from hami.policy import logger
from hami.policy.cases.codes import keyed_hash
from hami.policy.security import audit
from hami.policy.security.attempts import Attempts
from plone.registry.interfaces import IRegistry
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from zExceptions import HTTPTooManyRequests
from zope.component import queryUtility
from zope.globalrequest import getRequest
from zope.interface import implementer
from zope.interface import Interface

import hashlib


PLUGIN_ID = "hami_throttle"
CHECKED = "hami.failed-log-ins"  # the request's attempts found wrong
DEFAULTS = {"window": 15, "account": 10, "address": 30}
MESSAGE = _(
    "error_login_throttled",
    default="Too many failed log-ins for this account or from your address. "
    "Please wait ${minutes} minutes before you try again, or ask a site "
    "administrator.",
)


class ILoginThrottled(Interface):
    """Marks the refusal, for its page."""


@implementer(ILoginThrottled)
class TooManyRequests(HTTPTooManyRequests):
    """429: the account or the address has to wait.

    Named as the HTTP status is: Zope and plone.transformchain set the
    response's status from the exception's class name.
    """

    def __init__(self, minutes: int):
        super().__init__(f"Too many failed log-ins; wait {minutes} minutes.")
        self.minutes = minutes


def limits() -> dict[str, int]:
    """The settings, or their defaults outside a site (Zope's root)."""
    registry = queryUtility(IRegistry)
    values = dict(DEFAULTS)
    if registry is not None:
        for key, record in (
            ("window", "login_window_minutes"),
            ("account", "login_failures_per_account"),
            ("address", "login_failures_per_address"),
        ):
            value = registry.get(f"hami.policy.security.{record}")
            if value:
                values[key] = value
    return values


def _key(kind: str, value: str) -> str:
    """Comparable, not readable; without the site's secret at Zope's root."""
    try:
        return keyed_hash(value, f"login-{kind}")[:32]
    except Exception:  # no site (the root user folder)
        return hashlib.sha256(f"login-{kind}:{value}".encode()).hexdigest()[:32]


@implementer(IAuthenticationPlugin)
class ThrottledAuthentication(BasePlugin):
    """Checks passwords through ``delegate``, counting the failures."""

    meta_type = "Hami Throttled Authentication"
    security = ClassSecurityInfo()

    def __init__(self, id_: str = PLUGIN_ID, delegate: str = "source_users"):
        self._setId(id_)
        self.title = "Log-in throttle (hami.policy)"
        self.delegate = delegate

    def _source(self):
        return getattr(aq_parent(aq_inner(self)), self.delegate, None)

    @staticmethod
    def _knows(source, login: str) -> bool:
        try:
            return source.getUserIdForLogin(login) is not None
        except (KeyError, AttributeError):
            return False

    def _in_root(self) -> bool:
        root_users = getattr(self.getPhysicalRoot(), "acl_users", None)
        return root_users is not None and aq_base(root_users) is aq_base(
            aq_parent(aq_inner(self))
        )

    def _root_knows(self, login: str) -> bool:
        """Is ``login`` one of Zope's own users (the root's throttle counts them)?"""
        root_plugin = getattr(self.getPhysicalRoot().acl_users, PLUGIN_ID, None)
        source = root_plugin._source() if root_plugin is not None else None
        return source is not None and self._knows(source, login)

    @security.private
    def authenticateCredentials(self, credentials):
        login = credentials.get("login")
        password = credentials.get("password")
        source = self._source()
        if source is None or not login or password is None:
            return None
        known = self._knows(source, login)
        if not known and (self._in_root() or self._root_knows(login)):
            # Zope's own users are counted by the root's throttle, everybody
            # else by the site's (a request for the site asks both folders)
            return None
        request = getRequest()
        # one attempt may be checked twice in a request (REST @login: from
        # the JSON body while traversing, then by the endpoint): count once
        attempt = hashlib.sha256(f"{login}\0{password}".encode()).hexdigest()
        checked = request.other.setdefault(CHECKED, set()) if request else set()
        if attempt in checked:
            return None
        address = (request.getClientAddr() if request is not None else "") or ""
        settings = limits()
        window = settings["window"] * 60
        db = self._p_jar.db()
        account = Attempts("login-account", window)
        source_address = Attempts("login-address", window)
        account_key, address_key = _key("account", login), _key("address", address)
        if (known and account.count(db, account_key) >= settings["account"]) or (
            source_address.count(db, address_key) >= settings["address"]
        ):
            logger.warning("Log-in throttled: %r from %s", login, address)
            audit.record_now(db, "login_throttled", login, detail=address)
            if request is not None:
                request.response.setHeader("X-Theme-Disabled", "1")
            raise TooManyRequests(settings["window"])
        result = source.authenticateCredentials(credentials)
        if result is None or result[0] is None:
            checked.add(attempt)
            if known:
                account.fail(db, account_key)
            source_address.fail(db, address_key)
            logger.info("Failed log-in: %r from %s", login, address)
            audit.record_now(db, "login_failed", login, detail=address)
            return None
        return result


InitializeClass(ThrottledAuthentication)


def install(acl_users, delegate: str) -> bool:
    """Put the throttle in front of ``delegate``'s password check; idempotent."""
    plugins = acl_users.plugins
    if PLUGIN_ID not in acl_users.objectIds():
        acl_users._setObject(PLUGIN_ID, ThrottledAuthentication(PLUGIN_ID, delegate))
    active = [id_ for id_, _plugin in plugins.listPlugins(IAuthenticationPlugin)]
    changed = False
    if PLUGIN_ID not in active:
        plugins.activatePlugin(IAuthenticationPlugin, PLUGIN_ID)
        changed = True
    if delegate in active:
        plugins.deactivatePlugin(IAuthenticationPlugin, delegate)
        changed = True
    return changed


def uninstall(acl_users) -> None:
    """The user source checks passwords itself again."""
    if PLUGIN_ID not in acl_users.objectIds():
        return
    delegate = acl_users[PLUGIN_ID].delegate
    plugins = acl_users.plugins
    active = [id_ for id_, _plugin in plugins.listPlugins(IAuthenticationPlugin)]
    if delegate not in active:
        plugins.activatePlugin(IAuthenticationPlugin, delegate)
    acl_users._delObject(PLUGIN_ID)
