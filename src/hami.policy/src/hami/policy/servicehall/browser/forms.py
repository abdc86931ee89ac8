"""The service centre's and the departments' forms for an application's steps."""

from hami.policy import _
from hami.policy.cases.browser import steps
from hami.policy.cases.browser.steps import StepForm
from plone.z3cform.layout import wrap_form
from zope import schema
from zope.interface import Interface


class RefuseForm(steps.RefuseForm):
    label = _("Do not accept the application")
    description = _("The applicant reads this reason with their query code.")


class IMissing(Interface):
    missing = schema.Text(
        title=_("What is missing"),
        description=_(
            "The applicant reads this and adds the documents on the status page."
        ),
        required=True,
    )


class SupplementForm(StepForm):
    schema = IMissing
    label = _("Request a supplement")
    transition = "request_supplement"

    def apply(self, data):
        self.context.supplement_request = data["missing"]


class IDecision(Interface):
    note = schema.Text(
        title=_("Decision and reasons"),
        description=_("The applicant reads this once the application is decided."),
        required=True,
    )


DECISIONS = ("approve", "deny", "propose_approval", "propose_denial")


class DecideForm(StepForm):
    schema = IDecision
    label = _("Decide the application")
    done = _("Recorded.")

    def transition_for(self) -> str:
        decision = self.request.form.get("decision", "")
        return decision if decision in DECISIONS else ""

    @property
    def action(self) -> str:
        return f"{self.request.getURL()}?decision={self.transition_for()}"

    def updateWidgets(self):
        super().updateWidgets()
        if self.context.decision_note and not self.request.form.get(
            "form.widgets.note"
        ):
            self.widgets["note"].value = self.context.decision_note

    def apply(self, data):
        self.context.decision_note = data["note"]
        decision = self.transition_for()
        if decision.startswith("propose_"):
            self.context.proposed = decision.removeprefix("propose_")


RefuseView = wrap_form(RefuseForm)
SupplementView = wrap_form(SupplementForm)
DecideView = wrap_form(DecideForm)
