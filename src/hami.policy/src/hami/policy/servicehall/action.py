"""The EasyForm action that turns a valid submission into an Application.

Service-centre staff add it to any form they build in the browser ("Create
application"); it records the form's fields and files as an application of the
guide that links to the form, and puts the tracking number and query code on
the thank-you page (and in a mail when the applicant gave an address).
"""

from collective.easyform.actions import Action
from collective.easyform.actions import ActionFactory
from collective.easyform.api import get_context
from collective.easyform.config import FORM_ERROR_MARKER as FORM_ERROR
from collective.easyform.interfaces import IAction
from hami.policy import _
from hami.policy.cases.intake import Receipt
from hami.policy.cases.protection import check_honeypot
from hami.policy.errors import Refused
from hami.policy.servicehall.settings import APPLICANT_FIELDS
from hami.policy.servicehall.settings import HONEYPOT
from hami.policy.servicehall.submission import ApplicationForm
from hami.policy.servicehall.submission import submit
from plone.namedfile.interfaces import INamedFile
from plone.supermodel.exportimport import BaseHandler
from zope.i18n import translate
from zope.interface import implementer
from zope.schema import Choice

import logging


logger = logging.getLogger(__name__)
RECEIPT = "hami.policy.application-receipt"


class ICreateApplication(IAction):
    service_code = Choice(
        title=_("Service"),
        description=_(
            "The service this form applies for; its guide then offers the form. "
            "Leave empty to use the guide that links to this form."
        ),
        vocabulary="hami.policy.Services",
        required=False,
    )


def guide_of(form, service_code: str | None):
    """The guide this form belongs to: by code, or the guide linking to it."""
    from hami.policy.servicehall.settings import guide_for
    from zc.relation.interfaces import ICatalog
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds

    language = form.Language() or None
    if service_code:
        return guide_for(service_code, language)
    intids = getUtility(IIntIds)
    relations = getUtility(ICatalog).findRelations({
        "to_id": intids.queryId(form),
        "from_attribute": "application_form",
    })
    for relation in relations:
        if relation.from_object is not None:
            return relation.from_object
    return None


@implementer(ICreateApplication)
class CreateApplication(Action):
    __doc__ = ICreateApplication.__doc__

    def __init__(self, **kw):
        self.service_code = kw.pop("service_code", None)
        super().__init__(**kw)

    def onSuccess(self, fields, request):
        form = get_context(self)
        guide = guide_of(form, self.service_code)
        if guide is None:
            logger.error("Form %s has no service guide", form.absolute_url())
            return {
                FORM_ERROR: translate(
                    _(
                        "error_no_service",
                        default="This form is not linked to a service; please tell "
                        "the service centre.",
                    ),
                    context=request,
                )
            }
        values, files = {}, []
        for name, value in fields.items():
            if name in APPLICANT_FIELDS or name == HONEYPOT:
                continue
            if INamedFile.providedBy(value):
                files.append((name, value.filename or name, value.data))
            elif value is not None:
                values[name] = (
                    ", ".join(value)
                    if isinstance(value, (list, tuple, set))
                    else str(value)
                )
        try:
            check_honeypot(fields.get(HONEYPOT))
            application, duplicate = submit(
                ApplicationForm(
                    service_code=guide.service_code,
                    applicant_name=fields.get("applicant_name") or "",
                    id_number=fields.get("id_number") or "",
                    phone=fields.get("phone") or "",
                    email=fields.get("email") or "",
                    language=form.Language() or "zh-cn",
                    fields=values,
                    files=files,
                ),
                guide,
                request.getClientAddr() or "",
            )
        except Refused as refused:
            message = translate(refused.message, context=request)
            return {refused.field if refused.field in fields else FORM_ERROR: message}
        request.set(RECEIPT, Receipt.of(application, duplicate))
        return None


CreateApplicationAction = ActionFactory(
    CreateApplication,
    _("label_create_application", default="Create application (service hall)"),
    "collective.easyform.AddCustomScripts",
)
CreateApplicationHandler = BaseHandler(CreateApplication)
