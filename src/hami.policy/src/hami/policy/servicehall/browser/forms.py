"""The forms of an application's steps: the service centre's and the
departments'. What each step needs, who may take it and what it records are
in ``servicehall/steps.py``; the forms only ask for it."""

from hami.policy import _
from hami.policy.cases.browser.steps import StepForm
from hami.policy.servicehall.steps import DECISIONS
from hami.policy.servicehall.steps import IDecisionNote
from hami.policy.servicehall.steps import STEPS
from plone.z3cform.layout import wrap_form


class RefuseForm(StepForm):
    step = STEPS["refuse"]
    label = _("Do not accept the application")
    description = _("The applicant reads this reason with their query code.")


class SupplementForm(StepForm):
    step = STEPS["request_supplement"]
    label = _("Request a supplement")


class DecideForm(StepForm):
    """One form for the four decisions; the workflow menu's link says which."""

    step = STEPS["decide"]
    form_schema = IDecisionNote  # the decision itself comes with the link
    label = _("Decide the application")
    done = _("Recorded.")

    def decision(self) -> str:
        decision = self.request.form.get("decision", "")
        return decision if decision in DECISIONS else ""

    @property
    def action(self) -> str:
        return f"{self.request.getURL()}?decision={self.decision()}"

    def updateWidgets(self):
        super().updateWidgets()
        if not self.typed("note") and self.context.decision_note:
            self.widgets["note"].value = self.context.decision_note

    def step_data(self, data: dict) -> dict:
        return {**data, "decision": self.decision()}


RefuseView = wrap_form(RefuseForm)
SupplementView = wrap_form(SupplementForm)
DecideView = wrap_form(DecideForm)
