"""GET /@applications/status: one's own application, with both codes."""

from hami.policy.errors import Refused
from hami.policy.servicehall import public
from hami.policy.services.base import TraversingService
from zope.i18n import translate


class ApplicationsGet(TraversingService):
    def answer(self):
        if self.params != ["status"]:
            raise Refused("Use /@applications/status.", status=404)
        self.request.response.setHeader("Cache-Control", "no-store")
        form = self.request.form
        application = public.find(
            str(form.get("tracking_number", "")),
            str(form.get("query_code", "")),
            self.request.getClientAddr() or "",
        )
        result = public.status(application)
        result["state_title"] = translate(result["state_title"], context=self.request)
        return result
