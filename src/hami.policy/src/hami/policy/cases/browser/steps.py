"""The form of a workflow step that carries data (``cases.steps``).

The form collects what the step records (a department, a reason, the answer,
the decision, the redacted text) and hands it to :func:`cases.steps.take`,
which refuses before writing when the user may not take the step now. The page
itself is registered with the step's permission, so that a user without it
never sees the form.
"""

from hami.policy import _
from hami.policy.cases.steps import Step
from hami.policy.cases.steps import take
from hami.policy.errors import Refused
from plone import api
from plone.autoform.form import AutoExtensibleForm
from z3c.form import button
from z3c.form import form


class StepForm(AutoExtensibleForm, form.Form):
    ignoreContext = True
    step: Step
    form_schema = None  # what the form asks, when not all of the step's fields
    done = _("Done.")

    @property
    def schema(self):
        return self.form_schema or self.step.schema

    def step_data(self, data: dict) -> dict:
        """What the step records, from the form's data."""
        return data

    def typed(self, name: str) -> bool:
        """Has the user just sent a value for this field?"""
        return bool(self.request.form.get(f"form.widgets.{name}"))

    def update(self):
        super().update()
        self.request.response.setHeader("Cache-Control", "private, no-store")

    @button.buttonAndHandler(_("Save"), name="save")
    def handle_save(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        try:
            take(self.context, self.step, self.step_data(data))
        except Refused as refused:
            self.request.response.setStatus(refused.status)
            api.portal.show_message(refused.message, self.request, type="error")
            return
        api.portal.show_message(self.done, self.request)
        self.request.response.redirect(self.context.absolute_url())

    @button.buttonAndHandler(_("Cancel"), name="cancel")
    def handle_cancel(self, action):
        self.request.response.redirect(self.context.absolute_url())
