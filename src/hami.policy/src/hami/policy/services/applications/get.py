"""GET /@applications/status: one's own application, with both codes."""

from hami.policy.cases.protection import Refused
from hami.policy.servicehall import public
from hami.policy.services import TraversingService
from hami.policy.services.letters.add import refusal
from zope.i18n import translate


class ApplicationsGet(TraversingService):
    def reply(self):
        if self.params != ["status"]:
            self.request.response.setStatus(404)
            return {
                "error": {"type": "NotFound", "message": "Use /@applications/status."}
            }
        self.request.response.setHeader("Cache-Control", "no-store")
        form = self.request.form
        try:
            application = public.find(
                str(form.get("tracking_number", "")),
                str(form.get("query_code", "")),
                self.request.getClientAddr() or "",
            )
        except Refused as refused:
            return refusal(self.request, refused)
        result = public.status(application)
        result["state_title"] = translate(result["state_title"], context=self.request)
        return result
