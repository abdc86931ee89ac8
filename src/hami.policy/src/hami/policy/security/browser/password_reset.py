"""Plone's account mails (password reset, new account) with links to the
public address, never to the Host header of the request that asked for them.

Plone builds the reset link from the request's URL; a request sent with
``Host: evil.example`` would mail the victim a link to evil.example that
carries their reset code. The mail's address of the requester comes from
Zope's trusted-proxy rule (``getClientAddr``), not from a header anyone can
set.
"""

from hami.policy.links import url_of
from pathlib import Path
from Products.CMFPlone.browser.login import password_reset
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


PLONE_TEMPLATES = Path(password_reset.__file__).parent / "templates"


class PublicLinks(password_reset.PasswordResetToolView):
    def construct_url(self, randomstring: str) -> str:
        root = self.portal_state().navigation_root()
        return f"{url_of(root)}/passwordreset/{randomstring}"


class RegisteredNotify(PublicLinks):
    index = ViewPageTemplateFile(str(PLONE_TEMPLATES / "registered_notify_template.pt"))

    def __call__(self, *args, **kwargs):
        return self.index(*args, **kwargs)
