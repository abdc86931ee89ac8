"""Kinds of columns (栏目) and how often each must be updated."""

from hami.policy import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# The national inspection groups columns by what they publish: news/dynamics
# (2 weeks), notices and policy documents (6 months), and static ones.
COLUMN_KINDS = (
    ("news", _("column_kind_news", default="News and dynamics")),
    ("notices", _("column_kind_notices", default="Notices and announcements")),
    ("policy", _("column_kind_policy", default="Policy documents")),
    ("guides", _("column_kind_guides", default="Service guides")),
    ("leaders", _("column_kind_leaders", default="Leaders")),
    ("overview", _("column_kind_overview", default="Overview and functions")),
    ("other", _("column_kind_other", default="Other")),
)

# Tokens are ISO 8601-like durations so that deadlines are computed in calendar
# months (6 months), not approximated in days.
CADENCES = (
    ("2w", _("cadence_2w", default="Every 2 weeks")),
    ("1m", _("cadence_1m", default="Every month")),
    ("3m", _("cadence_3m", default="Every 3 months")),
    ("6m", _("cadence_6m", default="Every 6 months")),
    ("12m", _("cadence_12m", default="Every year")),
    ("static", _("cadence_static", default="Static (no schedule)")),
)


def _vocabulary(items) -> SimpleVocabulary:
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in items])


@provider(IVocabularyFactory)
def column_kinds(context) -> SimpleVocabulary:
    return _vocabulary(COLUMN_KINDS)


@provider(IVocabularyFactory)
def cadences(context) -> SimpleVocabulary:
    return _vocabulary(CADENCES)
