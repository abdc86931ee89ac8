"""The prefecture's units: kinds, and the departments that exist in the portal."""

from hami.policy import _
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


UNIT_KINDS = (
    ("party", _("unit_kind_party", default="Party committee")),
    ("government", _("unit_kind_government", default="Administration")),
    ("congress", _("unit_kind_congress", default="People's Congress")),
    ("cppcc", _("unit_kind_cppcc", default="CPPCC")),
    ("county", _("unit_kind_county", default="County and city governments")),
    ("centre", _("unit_kind_centre", default="Centres")),
)


@provider(IVocabularyFactory)
def unit_kinds(context) -> SimpleVocabulary:
    return SimpleVocabulary([SimpleTerm(v, v, t) for v, t in UNIT_KINDS])


@provider(IVocabularyFactory)
def departments(context) -> SimpleVocabulary:
    """Every unit with a sub-site, titled in the language being edited.

    Values are unit ids, the same in every language, so the field can be
    language independent.
    """
    language = _current_language(context)
    brains = api.content.find(
        portal_type="Department", Language=language, sort_on="sortable_title"
    )
    if not brains and language:
        brains = api.content.find(portal_type="Department", sort_on="sortable_title")
    terms = {}
    for brain in brains:
        if brain.unit_id and brain.unit_id not in terms:
            terms[brain.unit_id] = SimpleTerm(brain.unit_id, brain.unit_id, brain.Title)
    return SimpleVocabulary(list(terms.values()))


def _current_language(context) -> str | None:
    language = getattr(context, "Language", None)
    if callable(language) and language():
        return language()
    return api.portal.get_current_language()
