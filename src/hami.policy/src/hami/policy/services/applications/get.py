"""GET /@applications/status: one's own application, with both codes."""

from hami.policy.cases.protection import Refused
from hami.policy.servicehall import public
from hami.policy.services.letters.add import refusal
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class ApplicationsGet(Service):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

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
