"""Policy document (文件资料): numbered, classified, with its validity."""

from hami.policy import _
from plone.app.dexterity import textindexer
from plone.app.multilingual.dx.directives import languageindependent
from plone.app.z3cform.widgets.contentbrowser import ContentBrowserFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant


class IPolicyDocument(model.Schema):
    document_number = schema.TextLine(
        title=_("Document number"),
        description=_("The number under which the document was issued."),
        required=True,
    )
    textindexer.searchable("document_number")

    issuing_authority = schema.TextLine(
        title=_("Issuing authority"),
        required=True,
    )
    textindexer.searchable("issuing_authority")

    date_of_issue = schema.Date(
        title=_("Date of issue"),
        required=True,
    )

    subject = schema.Choice(
        title=_("Subject"),
        description=_("Subject classification of government information."),
        vocabulary="hami.policy.PolicySubjects",
        required=False,
    )

    validity = schema.Choice(
        title=_("Validity"),
        vocabulary="hami.policy.Validity",
        default="in_force",
        required=True,
    )

    superseded_by = RelationChoice(
        title=_("Superseded by"),
        description=_("The document that amends or repeals this one."),
        vocabulary="plone.app.vocabularies.Catalog",
        required=False,
    )
    directives.widget(
        "superseded_by",
        ContentBrowserFieldWidget,
        pattern_options={
            "selectableTypes": ["PolicyDocument"],
            "maximumSelectionSize": 1,
        },
    )

    # The same document in every language: its number, date, subject, validity.
    languageindependent(
        "document_number", "date_of_issue", "subject", "validity", "superseded_by"
    )

    file = NamedBlobFile(
        title=_("Official document"),
        description=_("The signed document, e.g. as PDF."),
        required=False,
    )

    @invariant
    def superseding_document_given(data):
        if getattr(data, "validity", None) in ("amended", "repealed") and not getattr(
            data, "superseded_by", None
        ):
            raise Invalid(
                _(
                    "An amended or repealed document needs the document that "
                    "amends or repeals it."
                )
            )


@implementer(IPolicyDocument)
class PolicyDocument(Container):
    """Folderish so that its annexes (files) travel with it."""
