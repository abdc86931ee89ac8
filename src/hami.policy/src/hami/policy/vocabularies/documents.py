"""Classification and validity of policy documents (文件资料)."""

from hami.policy import _
from hami.policy.organisation.data import policy_subjects as read_subjects
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


VALIDITY = (
    ("in_force", _("validity_in_force", default="In force")),
    ("amended", _("validity_amended", default="Amended")),
    ("repealed", _("validity_repealed", default="Repealed")),
    ("expired", _("validity_expired", default="Expired")),
)


@provider(IVocabularyFactory)
def validity(context) -> SimpleVocabulary:
    return SimpleVocabulary([SimpleTerm(v, v, t) for v, t in VALIDITY])


@provider(IVocabularyFactory)
def policy_subjects(context) -> SimpleVocabulary:
    """The subject classification of government information (主题分类), from data."""
    language = api.portal.get_current_language() or "zh-cn"
    return SimpleVocabulary([
        SimpleTerm(subject.id, subject.id, subject.name(language))
        for subject in read_subjects()
    ])
