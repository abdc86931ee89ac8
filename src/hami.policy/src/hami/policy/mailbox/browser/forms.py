"""The forms of a letter's steps: the mailbox office's and the departments'.

What each step needs, who may take it and what it records are in
``mailbox/steps.py``; the forms only ask for it.
"""

from hami.policy import _
from hami.policy.cases.browser.steps import StepForm
from hami.policy.mailbox.steps import automatic_redaction
from hami.policy.mailbox.steps import STEPS
from plone.z3cform.layout import wrap_form


class AcceptForm(StepForm):
    step = STEPS["accept"]
    label = _("Accept and assign the letter")
    done = _("The letter is assigned; the department has been told.")

    def updateWidgets(self):
        super().updateWidgets()
        self.widgets["department"].value = [
            self.context.handling_department or self.context.addressed_to
        ]


class RefuseForm(StepForm):
    step = STEPS["refuse"]
    label = _("Do not accept the letter")
    description = _("The writer reads this reason with their query code.")


class TransferForm(StepForm):
    step = STEPS["transfer"]
    label = _("Transfer to the petitions office")


class ReturnAnswerForm(StepForm):
    step = STEPS["return_answer"]
    label = _("Send the answer back")


class AnswerForm(StepForm):
    step = STEPS["answer"]
    label = _("Answer the letter")
    description = _("The answer goes to the department's leader for approval.")
    done = _("The answer is with the department's leader.")

    def updateWidgets(self):
        super().updateWidgets()
        if not self.typed("answer") and self.context.answer:
            self.widgets["answer"].value = self.context.answer


class PublishForm(StepForm):
    """The office reads the automatically masked text and removes the rest."""

    step = STEPS["publish"]
    label = _("Publish the letter without personal data")
    description = _(
        "Phone numbers, ID numbers, e-mail addresses and the writer's name are "
        "already masked (***). Remove anything else that identifies a person."
    )
    done = _("The redacted letter is published.")

    def updateWidgets(self):
        super().updateWidgets()
        if self.request.form.get("form.buttons.save"):
            return
        for name, value in automatic_redaction(self.context).items():
            self.widgets[name].value = getattr(self.context, name, None) or value


AcceptView = wrap_form(AcceptForm)
RefuseView = wrap_form(RefuseForm)
TransferView = wrap_form(TransferForm)
ReturnAnswerView = wrap_form(ReturnAnswerForm)
AnswerView = wrap_form(AnswerForm)
PublishView = wrap_form(PublishForm)
