"""What every REST endpoint of hami.policy shares: reading the request, and one
shape of error.

An endpoint's ``answer()`` returns a dict or raises :class:`Refused`; the
answer to a refusal is plone.restapi's error shape with the field it is about,
``{"error": {"type", "message", "field"}}``, with the refusal's status and the
message in the request's language.
"""

from hami.policy import _
from hami.policy.errors import Refused
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse

import base64
import binascii


BODY_NOT_OBJECT = _("error_body_not_object", default="The body must be a JSON object.")
NOT_TEXT = _("error_not_text", default="“${field}” must be text.")
NOT_BOOLEAN = _("error_not_boolean", default="“${field}” must be true or false.")
NOT_OBJECTS = _("error_not_objects", default="“${field}” must be a list of objects.")
NOT_OBJECT = _("error_not_object", default="“${field}” must be an object.")
NOT_BASE64 = _(
    "error_not_base64", default="The file data of “${field}” must be base64 text."
)
BAD_BATCH = _(
    "error_bad_batch",
    default="b_start must be a whole number from 0, b_size one from 1 to ${max}.",
)
BAD_MONTH = _("error_bad_month", default="Give the month as YYYY-MM, e.g. 2026-11.")
BAD_LANGUAGE = _(
    "error_bad_language", default="The language must be one of ${languages}."
)
NOT_FOUND = _("error_not_found", default="There is nothing at this address.")
BAD_QUERY = _(
    "error_bad_query",
    default="The search could not be understood: please check the dates, numbers "
    "and filters.",
)


def refused(message, field: str | None = None, status: int = 400, **mapping):
    """A refusal whose message names ``field`` (and more, in ``mapping``)."""
    return Refused(Message(message, mapping={"field": field, **mapping}), field, status)


def error(request, refused: Refused) -> dict:
    """Set the status and give the body of a refusal."""
    request.response.setStatus(refused.status)
    return {
        "error": {
            "type": refused.type,
            "message": translate(refused.message, context=request),
            "field": refused.field,
        }
    }


def json_object(request) -> dict:
    """The request's body as a JSON object, or a refusal saying it is not one."""
    try:
        data = json_body(request)
    except Exception:  # plone.restapi raises a bare DeserializationError
        data = None
    if not isinstance(data, dict):
        raise Refused(BODY_NOT_OBJECT)
    return data


def text(data: dict, name: str) -> str:
    """A text member of a JSON object: absent or null is empty, anything else
    than a string is refused (a number or a list is not a name or a title)."""
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise refused(NOT_TEXT, name)
    return value


def boolean(data: dict, name: str) -> bool:
    """A yes/no member: JSON true or false only ("false" is not false)."""
    value = data.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise refused(NOT_BOOLEAN, name)
    return value


def objects(data: dict, name: str) -> list[dict]:
    """A list of JSON objects (attachments, files), or a refusal."""
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
        raise refused(NOT_OBJECTS, name)
    return value


def batch_params(form, default_size: int, max_size: int) -> tuple[int, int]:
    """b_start and b_size, as whole numbers in range, or a refusal."""
    try:
        start = int(form.get("b_start", 0) or 0)
        size = int(form.get("b_size", default_size) or default_size)
    except (TypeError, ValueError) as exc:
        raise refused(BAD_BATCH, "b_start", max=max_size) from exc
    if start < 0 or not 1 <= size <= max_size:
        raise refused(BAD_BATCH, "b_size", max=max_size)
    return start, size


def decoded(value, field: str) -> bytes:
    """A file sent as base64 text."""
    if not isinstance(value, str):
        raise refused(NOT_BASE64, field)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise refused(NOT_BASE64, field) from exc


class HamiService(Service):
    """A service whose ``answer()`` may raise :class:`Refused`."""

    def answer(self) -> dict:
        raise NotImplementedError

    def reply(self):
        try:
            return self.answer()
        except Refused as refused:
            return error(self.request, refused)


@implementer(IPublishTraverse)
class TraversingService(HamiService):
    """A service with sub-paths: ``/@letters/status`` gives ``params == ["status"]``."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self
