"""Application (申请件): a citizen's submission of an online form, as a case.

Never public. The applicant's data (name, ID number, phone, the form's fields,
the uploaded files) is seen by the service centre and the responsible
department's handlers only.
"""

from hami.policy import _
from hami.policy.content.case import Case
from plone.autoform import directives
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IApplication(model.Schema):
    service = schema.ASCIILine(title=_("Service code"), required=True)
    service_title = schema.TextLine(title=_("Service"), required=True)
    applicant_name = schema.TextLine(title=_("Applicant"), required=True)
    id_number = schema.TextLine(title=_("ID number"), required=False)
    phone = schema.TextLine(title=_("Phone"), required=True)
    email = schema.TextLine(title=_("E-mail"), required=False)
    language = schema.ASCIILine(title=_("Language"), required=False)
    data = schema.Dict(
        title=_("Form data"),
        key_type=schema.TextLine(),
        value_type=schema.TextLine(),
        required=False,
    )
    refusal_reason = schema.Text(title=_("Reason for not accepting"), required=False)
    supplement_request = schema.Text(title=_("What is missing"), required=False)
    decision_note = schema.Text(title=_("Decision"), required=False)
    leadership_approval = schema.Bool(required=False)
    directives.omitted("contact_hash", "time_limit_days", "proposed")
    contact_hash = schema.ASCIILine(required=False)
    time_limit_days = schema.Int(required=False)
    proposed = schema.ASCIILine(required=False)


@implementer(IApplication)
class Application(Case):
    """An application for a service (申请件)."""
