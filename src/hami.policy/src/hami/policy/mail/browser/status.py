"""Site administrators' page of staff e-mail: the server's tables and their state."""

from hami.policy import _
from hami.policy.mail import provisioning
from hami.policy.mail import settings
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView


class StaffMailView(BrowserView):
    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("sync"):
            CheckAuthenticator(self.request)
            if provisioning.mail_root() is None:
                message, kind = (
                    _("No mail server is configured for this client."),
                    "error",
                )
            else:
                written = provisioning.provision()
                message, kind = (
                    _(
                        "Tables written: ${names}.",
                        mapping={"names": ", ".join(written)},
                    )
                    if written
                    else _("The tables were already up to date."),
                    "info",
                )
            api.portal.show_message(message, request=self.request, type=kind)
            self.request.response.redirect(
                f"{self.context.absolute_url()}/@@staff-mail"
            )
            return ""
        return self.index()

    def configured(self) -> bool:
        return provisioning.mail_root() is not None

    def root(self) -> str:
        return str(provisioning.mail_root() or "")

    def status(self) -> dict:
        return provisioning.status() or {}

    def domain(self) -> str:
        return settings.domain()

    def lists(self) -> list[dict]:
        """Each list with how many people it reaches, from the directory now."""
        tables = provisioning.compute(api.portal.get())
        found = []
        for line in tables.texts["aliases"].splitlines():
            address, _, members = line.partition(" ")
            found.append({"address": address, "count": len(members.split(", "))})
        return found
