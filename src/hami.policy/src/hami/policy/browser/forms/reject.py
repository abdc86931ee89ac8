"""Reject an item in review: the reason goes to the webmasters and the history."""

from hami.policy import _
from plone import api
from plone.autoform.form import AutoExtensibleForm
from plone.z3cform.layout import wrap_form
from Products.CMFCore.WorkflowCore import WorkflowException
from z3c.form import button
from z3c.form import form
from zope import schema
from zope.interface import Interface


class IRejectForm(Interface):
    comment = schema.Text(
        title=_("Reason"),
        description=_("What the webmasters must change before submitting again."),
        required=True,
    )


class RejectForm(AutoExtensibleForm, form.Form):
    schema = IRejectForm
    ignoreContext = True
    label = _("Send back for changes")

    @button.buttonAndHandler(_("Reject"), name="reject")
    def handle_reject(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        try:
            api.content.transition(
                obj=self.context, transition="reject", comment=data["comment"]
            )
        except (WorkflowException, api.exc.InvalidParameterError):
            api.portal.show_message(
                _("This item cannot be rejected now."), self.request, type="error"
            )
        else:
            api.portal.show_message(
                _("Sent back to the webmasters with your reason."), self.request
            )
        self.request.response.redirect(self.context.absolute_url())

    @button.buttonAndHandler(_("Cancel"), name="cancel")
    def handle_cancel(self, action):
        self.request.response.redirect(self.context.absolute_url())


RejectView = wrap_form(RejectForm)
