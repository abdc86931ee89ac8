"""A field for robots on every application form; people never see it."""

from collective.easyform.interfaces import IEasyForm
from collective.easyform.interfaces import IEasyFormForm
from hami.policy.interfaces import IHamiPolicyLayer
from hami.policy.servicehall.settings import HONEYPOT
from plone.z3cform.fieldsets import extensible
from z3c.form.field import Fields
from zope import schema
from zope.component import adapter
from zope.interface import Interface


class IHoneypot(Interface):
    website = schema.TextLine(title="Website", required=False)


@adapter(IEasyForm, IHamiPolicyLayer, IEasyFormForm)
class HoneypotExtender(extensible.FormExtender):
    def update(self):
        self.add(Fields(IHoneypot).select(HONEYPOT), prefix="")
