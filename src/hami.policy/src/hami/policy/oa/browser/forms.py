"""The forms of an outgoing document's steps (``oa/steps.py``)."""

from hami.policy import _
from hami.policy.cases.browser.steps import StepForm
from hami.policy.oa.steps import INCOMING_STEPS
from hami.policy.oa.steps import STEPS
from plone.z3cform.layout import wrap_form


class CheckForm(StepForm):
    step = STEPS["check"]
    label = _("Checked: send for sign-off")
    description = _(
        "The general office has checked necessity, law, wording and format."
    )
    done = _("The document is with the signer.")


class ReturnForm(StepForm):
    step = STEPS["return"]
    label = _("Return the draft to its author")
    done = _("The draft is back with its author.")


class SignForm(StepForm):
    step = STEPS["sign"]
    label = _("Sign off")
    description = _("Your opinion and today's date are recorded as the sign-off.")
    done = _("Signed off: the general office registers and issues it.")


class SendBackForm(StepForm):
    step = STEPS["send_back"]
    label = _("Send the draft back")
    done = _("The draft is back with its author.")


class RegisterForm(StepForm):
    step = STEPS["register"]
    label = _("Register and issue")
    description = _(
        "The next number of the issuing office is given; the recipient units "
        "find the document in their inbox."
    )
    done = _("Registered and issued.")


class ProposeForm(StepForm):
    step = INCOMING_STEPS["propose"]
    label = _("Propose how to handle it")
    done = _("The proposal is with the leader.")


class InstructForm(StepForm):
    step = INCOMING_STEPS["instruct"]
    label = _("Instruct and assign")
    description = _("The units named here find the document in their inbox.")
    done = _("Instructed: the units handle it.")


class ReturnIncomingForm(StepForm):
    step = INCOMING_STEPS["return_to_office"]
    label = _("Send back to the office")
    done = _("Back with the office.")


CheckView = wrap_form(CheckForm)
ReturnView = wrap_form(ReturnForm)
SignView = wrap_form(SignForm)
SendBackView = wrap_form(SendBackForm)
RegisterView = wrap_form(RegisterForm)
ProposeView = wrap_form(ProposeForm)
InstructView = wrap_form(InstructForm)
ReturnIncomingView = wrap_form(ReturnIncomingForm)
