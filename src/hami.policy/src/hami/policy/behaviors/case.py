"""A case: something a citizen submitted and the administration must finish.

Letters to the commissioner and applications to the service centre are cases:
a tracking number and a query code, the dates it was received, accepted,
answered or decided and completed, the unit handling it and its deadline in
working days. One behavior, one set of catalog columns, one status lookup.
"""

from hami.policy import _
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class ICase(model.Schema):
    model.fieldset(
        "case",
        label=_("Case"),
        fields=[
            "tracking_number",
            "received",
            "handling_department",
            "accepted_on",
            "deadline",
            "answered_on",
            "completed_on",
        ],
    )

    tracking_number = schema.ASCIILine(title=_("Tracking number"), required=False)
    directives.mode(tracking_number="display")

    query_code_hash = schema.ASCIILine(required=False)
    directives.omitted("query_code_hash")

    received = schema.Datetime(title=_("Received"), required=False)
    directives.mode(received="display")

    handling_department = schema.Choice(
        title=_("Handling department"),
        vocabulary="hami.policy.Departments",
        required=False,
    )
    directives.mode(handling_department="display")

    accepted_on = schema.Date(title=_("Accepted on"), required=False)
    directives.mode(accepted_on="display")

    deadline = schema.Date(title=_("Deadline"), required=False)
    directives.mode(deadline="display")

    answered_on = schema.Datetime(
        title=_("Answered on"),
        description=_("When the answer or decision reached the citizen."),
        required=False,
    )
    directives.mode(answered_on="display")

    completed_on = schema.Datetime(title=_("Completed on"), required=False)
    directives.mode(completed_on="display")

    reminded_on = schema.Date(required=False)
    directives.omitted("reminded_on")
