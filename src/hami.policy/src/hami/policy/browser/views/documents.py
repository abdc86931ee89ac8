"""Pages of a policy document and of a leader."""

from hami.policy.vocabularies.documents import VALIDITY
from plone import api
from plone.dexterity.browser.view import DefaultView
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


class PolicyDocumentView(DefaultView):
    def validity_title(self) -> str:
        titles = dict(VALIDITY)
        return translate(titles[self.context.validity], context=self.request)

    def in_force(self) -> bool:
        return self.context.validity == "in_force"

    def superseding(self):
        relation = self.context.superseded_by
        if relation is None or relation.isBroken():
            return None
        target = relation.to_object
        if target is None or not api.user.has_permission("View", obj=target):
            return None
        return target

    def subject_title(self) -> str | None:
        if not self.context.subject:
            return None
        vocabulary = getUtility(IVocabularyFactory, "hami.policy.PolicySubjects")(
            self.context
        )
        try:
            return vocabulary.getTerm(self.context.subject).title
        except LookupError:
            return self.context.subject

    def date_of_issue(self) -> str:
        value = self.context.date_of_issue
        return value.isoformat() if value else ""

    def file_url(self) -> str | None:
        if self.context.file is None:
            return None
        return f"{self.context.absolute_url()}/@@download/file"

    def annexes(self):
        return self.context.contentValues({"portal_type": "File"})


class LeaderView(DefaultView):
    def photo_tag(self) -> str | None:
        if self.context.photo is None:
            return None
        scales = api.content.get_view("images", self.context, self.request)
        return scales.tag("photo", scale="preview", alt=self.context.Title())
