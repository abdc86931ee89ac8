"""What every REST endpoint of hami.policy shares: reading the request, and one
shape of error.

An endpoint's ``answer()`` returns a dict or raises :class:`Refused`; the
answer to a refusal is plone.restapi's error shape with the field it is about,
``{"error": {"type", "message", "field"}}``, with the refusal's status and the
message in the request's language.
"""

from hami.policy.errors import Refused
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse

import base64
import binascii


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
        raise Refused("The body must be a JSON object.")
    return data


def text(data: dict, name: str) -> str:
    """A text member of a JSON object: absent or null is empty, anything else
    than a string is refused (a number or a list is not a name or a title)."""
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Refused(f"{name} must be a string.", name)
    return value


def boolean(data: dict, name: str) -> bool:
    """A yes/no member: JSON true or false only ("false" is not false)."""
    value = data.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise Refused(f"{name} must be true or false.", name)
    return value


def objects(data: dict, name: str) -> list[dict]:
    """A list of JSON objects (attachments, files), or a refusal."""
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
        raise Refused(f"{name} must be a list of objects.", name)
    return value


def decoded(value, field: str) -> bytes:
    """A file sent as base64 text."""
    if not isinstance(value, str):
        raise Refused(f"{field}: file data must be base64 text.", field)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise Refused(f"{field}: file data must be base64.", field) from exc


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
