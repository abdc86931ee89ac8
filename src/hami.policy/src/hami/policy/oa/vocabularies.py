"""The fixed lists of official documents (《党政机关公文处理工作条例》, 2012):
the 15 kinds, urgency and classification."""

from hami.policy import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


KINDS = (
    ("resolution", _("doc_kind_resolution", default="Resolution")),  # 决议
    ("decision", _("doc_kind_decision", default="Decision")),  # 决定
    ("order", _("doc_kind_order", default="Order")),  # 命令(令)
    ("communique", _("doc_kind_communique", default="Communiqué")),  # 公报
    ("announcement", _("doc_kind_announcement", default="Announcement")),  # 公告
    ("public_notice", _("doc_kind_public_notice", default="Public notice")),  # 通告
    ("opinion", _("doc_kind_opinion", default="Opinion")),  # 意见
    ("notice", _("doc_kind_notice", default="Notice")),  # 通知
    ("bulletin", _("doc_kind_bulletin", default="Bulletin")),  # 通报
    ("report", _("doc_kind_report", default="Report")),  # 报告
    ("request", _("doc_kind_request", default="Request for instructions")),  # 请示
    ("reply", _("doc_kind_reply", default="Reply")),  # 批复
    ("motion", _("doc_kind_motion", default="Motion")),  # 议案
    ("letter", _("doc_kind_letter", default="Letter")),  # 函
    ("minutes", _("doc_kind_minutes", default="Minutes")),  # 纪要
)

# A request (请示) asks for an answer (批复); so may any document that says so.
ASKS_FOR_REPLY = ("request",)

URGENCIES = (
    ("normal", _("urgency_normal", default="Normal")),  # 平件
    ("urgent", _("urgency_urgent", default="Urgent")),  # 加急
    ("very_urgent", _("urgency_very_urgent", default="Very urgent")),  # 特急
)

# Only these two are handled here; the others exist in the list so that whoever
# picks one is told why not (REFERENCE §7: never on a networked system).
ALLOWED_CLASSIFICATIONS = ("none", "internal")
CLASSIFICATIONS = (
    ("none", _("classification_none", default="Not classified")),  # 非密
    ("internal", _("classification_internal", default="Internal")),  # 内部
    ("secret", _("classification_secret", default="Secret")),  # 秘密
    ("confidential", _("classification_confidential", default="Confidential")),  # 机密
    ("top_secret", _("classification_top_secret", default="Top secret")),  # 绝密
)


def _vocabulary(items) -> SimpleVocabulary:
    return SimpleVocabulary([SimpleTerm(v, v, t) for v, t in items])


@provider(IVocabularyFactory)
def kinds(context) -> SimpleVocabulary:
    return _vocabulary(KINDS)


@provider(IVocabularyFactory)
def urgencies(context) -> SimpleVocabulary:
    return _vocabulary(URGENCIES)


@provider(IVocabularyFactory)
def classifications(context) -> SimpleVocabulary:
    return _vocabulary(CLASSIFICATIONS)


def title_of(items, value: str):
    return dict(items).get(value, value)
