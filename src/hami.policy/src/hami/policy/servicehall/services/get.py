"""GET /@applications/status: one's own application, with both codes."""

from hami.policy.cases.text import param
from hami.policy.errors import Refused
from hami.policy.servicehall import public
from hami.policy.services.base import NOT_FOUND
from hami.policy.services.base import TraversingService
from zope.i18n import translate


class ApplicationsGet(TraversingService):
    def answer(self):
        if self.params != ["status"]:
            raise Refused(NOT_FOUND, status=404)
        self.request.response.setHeader("Cache-Control", "no-store")
        form = self.request.form
        application = public.find(
            param(form, "tracking_number"),
            param(form, "query_code"),
            self.request.getClientAddr() or "",
        )
        result = public.status(application)
        result["state_title"] = translate(result["state_title"], context=self.request)
        return result
