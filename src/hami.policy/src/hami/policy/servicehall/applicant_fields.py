"""Application forms start with what every application needs.

A form added in a department's service-guide column gets the applicant's name,
ID number, phone and e-mail fields and the "create application" action, in the
form's language, instead of EasyForm's contact-form defaults; staff then add
the service's own fields and choose the service in the action.
"""

from collective.easyform.interfaces import IEasyForm
from hami.policy.servicehall.importer import actions_model
from hami.policy.servicehall.importer import fields_model
from hami.policy.workflow import enclosing_column
from plone.supermodel import loadString
from zope.component import adapter
from zope.lifecycleevent.interfaces import IObjectAddedEvent


def _is_default(model: str, default_field: str) -> bool:
    try:
        return default_field in loadString(model).schema.names()
    except Exception:
        return False


@adapter(IEasyForm, IObjectAddedEvent)
def start_with_applicant_fields(form, event) -> None:
    column = enclosing_column(form)
    if column is None or column.column_kind != "guides":
        return
    language = form.Language() or "zh-cn"
    if _is_default(form.fields_model, "replyto"):
        form.fields_model = fields_model({"fields": []}, language)
    if _is_default(form.actions_model, "mailer"):
        form.actions_model = actions_model({"id": ""}, language)
