"""Where an item sits in the organisation: its department and column kind.

Indexed for every object so that listings, search filters and the supervision
dashboard query the catalog instead of waking objects.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from hami.policy.behaviors.responsible import enclosing_unit_id
from hami.policy.content.column import IColumn
from hami.policy.content.department import IDepartment
from hami.policy.content.policy_document import IPolicyDocument
from plone.indexer import indexer
from zope.interface import Interface


@indexer(Interface)
def hami_department(obj) -> str | None:
    unit_id = enclosing_unit_id(obj)
    if unit_id is None:
        raise AttributeError("hami_department")
    return unit_id


@indexer(Interface)
def hami_column_kind(obj) -> str:
    for item in aq_chain(aq_inner(obj)):
        if IColumn.providedBy(item):
            return item.column_kind
        if IDepartment.providedBy(item):
            break
    raise AttributeError("hami_column_kind")


@indexer(IDepartment)
def unit_id(obj) -> str:
    return obj.unit_id


@indexer(IPolicyDocument)
def document_number(obj) -> str:
    return (obj.document_number or "").strip()


@indexer(IPolicyDocument)
def validity(obj) -> str:
    return obj.validity
