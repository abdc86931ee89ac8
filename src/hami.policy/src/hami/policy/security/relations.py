"""Relations over REST name only what the reader may see.

plone.restapi summarises a relation's target (title, description, URL,
state) without asking whether the reader may view it: a public playlist
would name the internal reference videos in it, a public broadcast its
recording while that is still a draft. These serializers leave out the
targets the reader may not view.
"""

from AccessControl import getSecurityManager
from hami.policy.interfaces import IHamiPolicyLayer
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.dxfields import DefaultFieldSerializer
from z3c.relationfield.interfaces import IRelationChoice
from z3c.relationfield.interfaces import IRelationList
from zope.component import adapter
from zope.interface import implementer


def visible(relation) -> bool:
    target = getattr(relation, "to_object", None) if relation is not None else None
    return target is not None and bool(
        getSecurityManager().checkPermission("View", target)
    )


@adapter(IRelationChoice, IDexterityContent, IHamiPolicyLayer)
@implementer(IFieldSerializer)
class RelationChoiceFieldSerializer(DefaultFieldSerializer):
    def __call__(self):
        value = self.get_value()
        return json_compatible(value if visible(value) else None)


@adapter(IRelationList, IDexterityContent, IHamiPolicyLayer)
@implementer(IFieldSerializer)
class RelationListFieldSerializer(DefaultFieldSerializer):
    def __call__(self):
        return json_compatible([
            item for item in self.get_value() or [] if visible(item)
        ])
