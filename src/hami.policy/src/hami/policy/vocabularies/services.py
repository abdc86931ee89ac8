"""The services of the service hall, by their code."""

from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


@provider(IVocabularyFactory)
def services(context) -> SimpleVocabulary:
    language = api.portal.get_current_language(context=context) or "zh-cn"
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="ServiceGuide", Language=language, sort_on="sortable_title"
    )
    terms = {}
    for brain in brains:
        if brain.service_code and brain.service_code not in terms:
            terms[brain.service_code] = SimpleTerm(
                brain.service_code, brain.service_code, brain.Title
            )
    return SimpleVocabulary(list(terms.values()))
