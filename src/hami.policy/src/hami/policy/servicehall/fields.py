"""The fields of a service's application form, for the REST API.

An application sent as JSON is checked against the same form the citizen
fills in on the site (the guide's EasyForm): no field the form does not have,
every required one present, each value of the field's type and within its
choices. What passes is stored as the form would store it (text).
"""

from datetime import date
from hami.policy import _
from hami.policy.cases.steps import INVALID
from hami.policy.cases.steps import MISSING as REQUIRED
from hami.policy.errors import Refused
from hami.policy.servicehall.settings import APPLICANT_FIELDS
from hami.policy.servicehall.settings import HONEYPOT
from plone.namedfile.interfaces import INamedField
from plone.supermodel import loadString
from zope.i18nmessageid import Message
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IFromUnicode
from zope.schema.interfaces import ValidationError


UNKNOWN = _("error_unknown_field", default="The form has no field “${field}”.")


def form_of(guide):
    """The guide's application form, or None."""
    relation = getattr(guide, "application_form", None)
    if relation is None or relation.isBroken():
        return None
    return relation.to_object


def service_fields(form) -> list[tuple[str, object]]:
    """The form's own fields (not the applicant's, not the robots' trap)."""
    schema = loadString(form.fields_model).schema
    return [
        (name, field)
        for name, field in getFieldsInOrder(schema)
        if name not in APPLICANT_FIELDS and name != HONEYPOT
    ]


def _converted(field, value):
    if IDate.providedBy(field):
        return date.fromisoformat(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("not text")
    if IFromUnicode.providedBy(field):
        return field.fromUnicode(value)
    return value


def _value(field, name: str, value) -> str | None:
    """One value, checked and as the form stores it; None when not given."""
    title = field.title or name
    if value in (None, ""):
        if field.required:
            raise Refused(Message(REQUIRED, mapping={"field": title}), name)
        return None
    try:
        converted = _converted(field, value)
        field.validate(converted)
    except (ValueError, ValidationError) as error:
        reason = error.doc() if isinstance(error, ValidationError) else str(error)
        raise Refused(
            Message(INVALID, mapping={"field": title, "reason": reason}), name
        ) from error
    return str(converted)


def checked_fields(form, values: dict, file_fields: set[str]) -> dict[str, str]:
    """The values of a JSON application, checked against ``form``."""
    fields = dict(service_fields(form))
    for name in values:
        if name not in fields:
            raise Refused(Message(UNKNOWN, mapping={"field": name}), "fields")
    for name in file_fields:
        if name not in fields or not INamedField.providedBy(fields[name]):
            raise Refused(Message(UNKNOWN, mapping={"field": name}), "files")
    result = {}
    for name, field in fields.items():
        if INamedField.providedBy(field):
            if field.required and name not in file_fields:
                title = field.title or name
                raise Refused(Message(REQUIRED, mapping={"field": title}), name)
            continue
        value = _value(field, name, values.get(name))
        if value is not None:
            result[name] = value
    return result
