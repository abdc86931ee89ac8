"""Catalog data of the published copies: their kind and the answering unit."""

from hami.policy.content.letter import IPublishedLetter
from plone.indexer import indexer


@indexer(IPublishedLetter)
def published_letter_kind(obj) -> str:
    return obj.letter_type


@indexer(IPublishedLetter)
def published_letter_department(obj) -> str:
    return obj.answering_department
