"""Kinds of letters to the leadership (咨询、投诉、建议、求助)."""

from hami.policy import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


LETTER_TYPES = (
    ("consultation", _("letter_type_consultation", default="Consultation")),
    ("complaint", _("letter_type_complaint", default="Complaint")),
    ("suggestion", _("letter_type_suggestion", default="Suggestion")),
    ("help", _("letter_type_help", default="Request for help")),
)


@provider(IVocabularyFactory)
def letter_types(context) -> SimpleVocabulary:
    return SimpleVocabulary([SimpleTerm(v, v, t) for v, t in LETTER_TYPES])
