"""The mailbox office's and the departments' forms for a letter's steps."""

from hami.policy import _
from hami.policy.cases.browser import steps
from hami.policy.cases.browser.steps import IReason
from hami.policy.cases.browser.steps import StepForm
from hami.policy.mailbox.redaction import mask
from hami.policy.mailbox.redaction import record
from plone import api
from plone.z3cform.layout import wrap_form
from zope import schema
from zope.interface import Interface


class IAccept(Interface):
    department = schema.Choice(
        title=_("Department that answers"),
        vocabulary="hami.policy.Departments",
        required=True,
    )
    complex_case = schema.Bool(
        title=_("Complex letter"),
        description=_("Complex letters get the longer deadline."),
        required=False,
    )


class AcceptForm(StepForm):
    schema = IAccept
    label = _("Accept and assign the letter")
    done = _("The letter is assigned; the department has been told.")

    def transition_for(self) -> str:
        state = api.content.get_state(self.context)
        return "reassign" if state == "accepted" else "accept"

    def updateWidgets(self):
        super().updateWidgets()
        self.widgets["department"].value = [
            self.context.handling_department or self.context.addressed_to
        ]

    def apply(self, data):
        self.context.handling_department = data["department"]
        self.context.complex_case = bool(data["complex_case"])


class RefuseForm(steps.RefuseForm):
    label = _("Do not accept the letter")
    description = _("The writer reads this reason with their query code.")


class TransferForm(StepForm):
    schema = IReason
    label = _("Transfer to the petitions office")
    transition = "transfer"

    def apply(self, data):
        self.context.transfer_note = data["reason"]


class ReturnAnswerForm(StepForm):
    schema = IReason
    label = _("Send the answer back")
    transition = "return_answer"

    def apply(self, data):
        self.context.answer_rejection = data["reason"]


class IAnswer(Interface):
    answer = schema.Text(title=_("Answer"), required=True)


class AnswerForm(StepForm):
    schema = IAnswer
    label = _("Answer the letter")
    description = _("The answer goes to the department's leader for approval.")
    transition = "submit_answer"
    done = _("The answer is with the department's leader.")

    def updateWidgets(self):
        super().updateWidgets()
        if self.context.answer and not self.request.form.get("form.widgets.answer"):
            self.widgets["answer"].value = self.context.answer

    def apply(self, data):
        self.context.answer = data["answer"]
        self.context.answer_rejection = None


class IRedaction(Interface):
    redacted_title = schema.TextLine(title=_("Published title"), required=True)
    redacted_body = schema.Text(title=_("Published letter"), required=True)
    redacted_answer = schema.Text(title=_("Published answer"), required=True)


class PublishForm(StepForm):
    """The office reads the automatically masked text and removes the rest."""

    schema = IRedaction
    label = _("Publish the letter without personal data")
    description = _(
        "Phone numbers, ID numbers, e-mail addresses and the writer's name are "
        "already masked (***). Remove anything else that identifies a person."
    )
    done = _("The redacted letter is published.")

    def transition_for(self) -> str:
        return "" if api.content.get_state(self.context) == "published" else "publish"

    def automatic(self) -> dict[str, str]:
        names = (self.context.writer_name,)
        return {
            "redacted_title": mask(self.context.letter_title, names),
            "redacted_body": mask(self.context.body, names),
            "redacted_answer": mask(self.context.answer, names),
        }

    def updateWidgets(self):
        super().updateWidgets()
        if self.request.form.get("form.buttons.save"):
            return
        for name, value in self.automatic().items():
            self.widgets[name].value = getattr(self.context, name, None) or value

    def apply(self, data):
        actor = api.user.get_current().getId()
        automatic = self.automatic()
        originals = {
            "redacted_title": self.context.letter_title,
            "redacted_body": self.context.body,
            "redacted_answer": self.context.answer,
        }
        masked = [n for n, v in automatic.items() if v != originals[n]]
        if masked:
            record(self.context, actor, "automatic", masked)
        manual = [n for n, v in data.items() if v != automatic[n]]
        if manual:
            record(self.context, actor, "manual", manual)
        for name, value in data.items():
            setattr(self.context, name, value)
        if api.content.get_state(self.context) == "published":
            from hami.policy.mailbox.handling import publish_copy

            publish_copy(self.context)


AcceptView = wrap_form(AcceptForm)
RefuseView = wrap_form(RefuseForm)
TransferView = wrap_form(TransferForm)
ReturnAnswerView = wrap_form(ReturnAnswerForm)
AnswerView = wrap_form(AnswerForm)
PublishView = wrap_form(PublishForm)
