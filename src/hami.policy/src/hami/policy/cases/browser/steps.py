"""A workflow step that needs a form: record what the step needs, then take it.

The workflow's guards decide who may; the forms only collect the reason, the
department, the answer or the decision.
"""

from hami.policy import _
from plone import api
from plone.autoform.form import AutoExtensibleForm
from Products.CMFCore.WorkflowCore import WorkflowException
from z3c.form import button
from z3c.form import form
from zope import schema
from zope.interface import Interface


class StepForm(AutoExtensibleForm, form.Form):
    ignoreContext = True
    transition: str = ""
    done = _("Done.")

    def apply(self, data: dict) -> None:
        """Record the step's data on the letter, before the transition."""

    def transition_for(self) -> str:
        return self.transition

    @button.buttonAndHandler(_("Save"), name="save")
    def handle_save(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        try:
            self.apply(data)
            transition = self.transition_for()
            if transition:
                api.content.transition(obj=self.context, transition=transition)
        except (WorkflowException, api.exc.InvalidParameterError):
            api.portal.show_message(
                _("This step is not possible now."), self.request, type="error"
            )
            return
        api.portal.show_message(self.done, self.request)
        self.request.response.redirect(self.context.absolute_url())

    @button.buttonAndHandler(_("Cancel"), name="cancel")
    def handle_cancel(self, action):
        self.request.response.redirect(self.context.absolute_url())


class IReason(Interface):
    reason = schema.Text(title=_("Reason"), required=True)


class RefuseForm(StepForm):
    """Not accepted: the reason is what the citizen reads with the query code."""

    schema = IReason
    transition = "refuse"

    def apply(self, data):
        self.context.refusal_reason = data["reason"]
