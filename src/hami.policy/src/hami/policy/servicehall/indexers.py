"""Catalog data of application forms: the service they apply for."""

from collective.easyform.interfaces import IEasyForm
from plone.indexer import indexer
from plone.supermodel import loadString


@indexer(IEasyForm)
def form_service_code(obj) -> str:
    """The service an application form applies for, from its action."""
    try:
        schema = loadString(obj.actions_model).schema
    except Exception as error:
        raise AttributeError("service_code") from error
    for name in schema.names():
        code = getattr(schema[name], "service_code", None)
        if code:
            return code
    raise AttributeError("service_code")
