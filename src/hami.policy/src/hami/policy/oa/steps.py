"""The steps of an outgoing document (发文办理) that carry data.

拟稿 (draft) → 审核 (the issuing office checks: ``check`` or ``return``) →
签发 (the unit head or the leadership signs off with an opinion: ``sign`` or
``return``) → 登记 (the office registers: the number is taken, the signed PDF
attached, the recipient units get the document: ``register``). Guarded by
``cases.steps`` like the letters' steps: a refused step writes nothing.
"""

from hami.policy import _
from hami.policy.cases.clock import now
from hami.policy.cases.clock import today
from hami.policy.cases.steps import by_transition
from hami.policy.cases.steps import data_check
from hami.policy.cases.steps import IReason
from hami.policy.cases.steps import Step
from hami.policy.oa import permissions
from hami.policy.oa.numbering import take_number
from hami.policy.oa.receipts import distribute
from plone import api
from plone.autoform import directives
from plone.namedfile.field import NamedBlobFile
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import Interface
from zope.schema.interfaces import ValidationError


class NotPDF(ValidationError):
    __doc__ = _(
        "error_not_pdf",
        default="the signed document must be a PDF file (this one does not "
        "start like one).",
    )


def is_pdf(file) -> bool:
    return bool(file) and bytes(file.data[:5]) == b"%PDF-"


def _pdf(file) -> bool:
    if not is_pdf(file):
        raise NotPDF()
    return True


class ICheck(Interface):
    note = schema.Text(
        title=_("Remarks for the signer"), required=False, max_length=2000
    )


class ISign(Interface):
    opinion = schema.Text(
        title=_("Sign-off opinion"),
        description=_("E.g. 同意印发 (agreed, to be issued)."),
        required=True,
        max_length=2000,
    )


class IRegister(Interface):
    signed_pdf = NamedBlobFile(
        title=_("Signed PDF"),
        description=_("The document as signed and sealed, with its number."),
        required=True,
        constraint=_pdf,
    )


class DeadlinePast(ValidationError):
    __doc__ = _("error_deadline_past", default="The deadline cannot be in the past.")


def _not_past(value) -> bool:
    if value < today():
        raise DeadlinePast()
    return True


class IPropose(Interface):
    proposal = schema.Text(
        title=_("Proposal (拟办意见)"),
        description=_("How the office proposes to handle it, for the leader."),
        required=True,
        max_length=2000,
    )


class IInstruct(Interface):
    instruction = schema.Text(
        title=_("Instruction (批示)"), required=True, max_length=2000
    )
    directives.widget("handling_units", CheckBoxFieldWidget)
    handling_units = schema.List(
        title=_("Units that handle it"),
        value_type=schema.Choice(vocabulary="hami.policy.Departments"),
        required=True,
        min_length=1,
    )
    deadline = schema.Date(title=_("Deadline"), required=True, constraint=_not_past)


def _propose(document, data) -> None:
    document.proposal = data["proposal"]
    document.return_reason = ""


def _instruct(document, data) -> None:
    user = api.user.get_current()
    document.instruction = data["instruction"]
    document.instructed_by = user.getProperty("fullname") or user.getId()
    document.instructed_on = now()
    document.handling_units = tuple(data["handling_units"])
    document.deadline = data["deadline"]
    distribute(document, data["deadline"])


def _check(document, data) -> None:
    document.check_note = data.get("note") or ""
    document.return_reason = ""


def _return(document, data) -> None:
    document.return_reason = data["reason"]


def _sign(document, data) -> None:
    user = api.user.get_current()
    document.signer = user.getId()
    document.signer_name = user.getProperty("fullname") or user.getId()
    document.sign_opinion = data["opinion"]
    document.signed_on = today()


def _register(document, data) -> None:
    year = (document.signed_on or today()).year
    document.doc_number_seq, document.doc_number = take_number(
        document.issuing_unit, year
    )
    document.signed_pdf = data["signed_pdf"]
    document.issued_on = today()
    document.registered_at = now()
    distribute(document)


STEPS = {
    "check": Step(
        "check", permissions.CHECK_DOCUMENTS, ICheck, _check, "approve_check"
    ),
    "return": Step(
        "return", permissions.CHECK_DOCUMENTS, IReason, _return, "return_from_check"
    ),
    # the signer may send it back too
    "send_back": Step(
        "send_back",
        permissions.SIGN_DOCUMENTS,
        IReason,
        _return,
        "return_from_signing",
    ),
    "sign": Step(
        "sign",
        permissions.SIGN_DOCUMENTS,
        ISign,
        _sign,
        "sign",
        requires=("signer", "sign_opinion"),
    ),
    "register": Step(
        "register",
        permissions.REGISTER_DOCUMENTS,
        IRegister,
        _register,
        "register",
        requires=("doc_number", "signed_pdf"),
    ),
}

# incoming documents (收文)
INCOMING_STEPS = {
    "propose": Step(
        "propose",
        permissions.CHECK_DOCUMENTS,
        IPropose,
        _propose,
        "propose",
        requires=("proposal",),
    ),
    "instruct": Step(
        "instruct",
        permissions.SIGN_DOCUMENTS,
        IInstruct,
        _instruct,
        "instruct",
        requires=("instruction", "handling_units", "deadline"),
    ),
    "return_to_office": Step(
        "return_to_office",
        permissions.SIGN_DOCUMENTS,
        IReason,
        _return,
        "return_to_office",
    ),
}

BY_TRANSITION = by_transition(STEPS) | by_transition(INCOMING_STEPS)

require_step_data = data_check(STEPS | INCOMING_STEPS)
