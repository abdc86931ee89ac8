"""Create the Hami portal if it is missing; bring an existing one up to date.

Run inside a Zope client connected to the ZEO server:

    bin/instance run scripts/create_site.py

Idempotent: on an up-to-date database it changes nothing and commits nothing.

- The Zope administrator ``admin`` gets the password in ADMIN_PASSWORD (default
  ``admin``, for local development only).  When ADMIN_PASSWORD is set, an
  existing administrator's password is reset to it.
- The site ``hami`` (SITE_ID) is created from the ``hami`` distribution of
  hami.policy: Plone Classic UI with hami.policy:default.
- On an existing site, pending upgrade steps of hami.policy and hami.theme run,
  then the organisation import (hami.policy's data files) adds what is new.
- The mail server is taken from SMTP_HOST, SMTP_PORT and MAIL_FROM when set;
  the public address that links in mails start with from PORTAL_URL (default
  http://localhost:8080/hami).
- Purges go to the caching proxy in CACHE_PROXY (``make start
  PROFILE=production`` names its Varnish), or nowhere.
- Failed log-ins are throttled for the site's users and for Zope's own
  administrator alike.
- With a production HAMI_PROFILE (``make start PROFILE=production`` or
  ``PROFILE=production-relstorage``) it refuses to go on while the
  administrator's password is still ``admin``.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from App.config import getConfiguration
from hami.policy import links
from hami.policy.mail import provisioning
from hami.policy.mail.queue import use_queue
from hami.policy.oa.directory import import_staff
from hami.policy.organisation.importer import import_organisation
from hami.policy.security import throttle
from hami.policy.servicehall.importer import import_services
from pathlib import Path
from plone import api
from plone.distribution.api import site as site_api
from Products.PluggableAuthService.interfaces.plugins import IUserAdderPlugin
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import logging
import os
import sys
import transaction


logger = logging.getLogger("hami.create_site")
SITE_ID = os.environ.get("SITE_ID", "hami")
ADMIN = "admin"
OWN_PROFILES = ("hami.theme:default", "hami.policy:default")
ANSWERS = {
    "site_id": SITE_ID,
    "title": "哈密政府网",
    "description": "哈密地区行政公署门户网站",
    "default_language": "zh-cn",
    "portal_timezone": "Asia/Shanghai",
    "setup_content": False,
}


def say(message: str) -> None:
    print(f"[hami] {message}", flush=True)


def ensure_admin(app) -> None:
    """After the site exists: creating it replaces Zope's root user folder."""
    password = os.environ.get("ADMIN_PASSWORD")
    users = app.acl_users
    if users.getUserById(ADMIN) is None:
        users._doAddUser(ADMIN, password or "admin", ["Manager"], [])
        say(f"Created the Zope administrator '{ADMIN}'.")
    elif password and not password_is(app, password):
        for _id, plugin in users.plugins.listPlugins(IUserAdderPlugin):
            if hasattr(plugin, "updateUserPassword"):
                plugin.updateUserPassword(ADMIN, password)
        say(f"Set the password of '{ADMIN}' from ADMIN_PASSWORD.")


def password_is(app, password: str) -> bool:
    """Check the administrator's password at the source, not through the
    log-in throttle (a check is not a failed log-in)."""
    source = app.acl_users.users
    return bool(source.authenticateCredentials({"login": ADMIN, "password": password}))


def refuse_default_password(app) -> bool:
    """Production (``production``, ``production-relstorage``, ...) must not
    start with the development password."""
    profile = os.environ.get("HAMI_PROFILE") or ""
    if "production" not in profile:
        return False
    if not password_is(app, "admin"):
        return False
    say(
        "Refusing to start in production: the administrator's password is "
        "'admin'. Start with ADMIN_PASSWORD='a long secret' make start "
        f"PROFILE={profile}."
    )
    return True


def configure_cache_proxy(site) -> None:
    """Purges go to the caching proxy named in CACHE_PROXY (the production
    profile's Varnish); without one, nothing is purged."""
    record = "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies"
    proxies = tuple(filter(None, (os.environ.get("CACHE_PROXY") or "").split()))
    if tuple(api.portal.get_registry_record(record, default=None) or ()) != proxies:
        api.portal.set_registry_record(record, proxies)
        say(f"Purges go to {', '.join(proxies) or 'no caching proxy'}.")


def configure_links(site) -> None:
    """Links in mails start with the public address, never a request's Host."""
    url = (os.environ.get("PORTAL_URL") or f"http://localhost:8080/{SITE_ID}").rstrip(
        "/"
    )
    if api.portal.get_registry_record(links.RECORD, default=None) != url:
        api.portal.set_registry_record(links.RECORD, url)
        say(f"Links in mails start with {url}.")


def upgrade(site) -> None:
    setup = site.portal_setup
    for profile in OWN_PROFILES:
        if not setup.listUpgrades(profile):
            continue
        before = setup.getLastVersionForProfile(profile)
        setup.upgradeProfile(profile)
        after = setup.getLastVersionForProfile(profile)
        say(f"Upgraded {profile} from {'.'.join(before)} to {'.'.join(after)}.")


def configure_mail(site) -> None:
    """SMTP server from the environment; mail always goes through the queue in
    instance/var/mailqueue, so that a mail server that is down delays mail but
    never a citizen's submission or a webmaster's work."""
    clienthome = Path(getConfiguration().clienthome)
    queue = Path(os.environ.get("MAIL_QUEUE") or clienthome.parent / "mailqueue")
    if use_queue(site, queue):
        say(f"Mail is queued in {queue}.")
    settings = {
        "plone.smtp_host": os.environ.get("SMTP_HOST"),
        "plone.smtp_port": int(os.environ["SMTP_PORT"])
        if os.environ.get("SMTP_PORT")
        else None,
        "plone.email_from_address": os.environ.get("MAIL_FROM"),
    }
    for name, value in settings.items():
        if value is not None and api.portal.get_registry_record(name) != value:
            api.portal.set_registry_record(name, value)
            say(f"Set {name} from the environment.")


def main(app) -> int:
    app = makerequest(app)
    newSecurityManager(None, system)
    if SITE_ID in app.objectIds():
        site = app[SITE_ID]
        setSite(site)
        upgrade(site)
        report = import_organisation(site)
        if report.changed:
            say(f"Organisation import: {report}.")
        created = import_services(site)
        if created:
            say(f"Services: {len(created)} guides and forms created.")
        staff = import_staff(site)
        if staff.changed:
            say(f"Staff directory: {staff}.")
        state = "exists"
    else:
        site = site_api.create(app, "hami", answers=ANSWERS)
        setSite(site)
        state = "created"
    configure_mail(site)
    configure_links(site)
    configure_cache_proxy(site)
    ensure_admin(app)
    if throttle.install(app.acl_users, "users"):
        say("Failed log-ins of Zope's administrator are throttled.")
    if refuse_default_password(app):
        transaction.abort()
        return 2
    if transaction.get().isDoomed():
        return 1
    transaction.get().note(f"hami: site {SITE_ID} {state}")
    transaction.commit()
    say(f"Site '{SITE_ID}' {state}: {site.Title()}")
    if provisioning.mail_root() is not None:
        written = provisioning.provision(site)
        say(
            f"Staff e-mail tables in {provisioning.mail_root()}: "
            f"{', '.join(written) or 'up to date'}."
        )
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(app))  # noqa: F821 - `app` is given by `bin/instance run`
