"""A case's workflow steps that carry data: guard first, then write.

A step (accept and assign a letter, answer it, publish it redacted, decide an
application …) records something on the case and takes a transition. Forms
and REST endpoints take a step only through :func:`take`, which checks, before
anything is written, that the user holds the step's permission on the case
(the workflow grants it per state), that the transition is open to them now,
and that the data is complete and valid. A refused step changes nothing; a
step that fails after writing dooms the transaction, so that nothing of it is
committed either.

Each business system declares its steps (``mailbox/steps.py``,
``servicehall/steps.py``); the same :class:`Step` drives its form, its REST
endpoint (``POST …/@workflow/<transition>``) and the check that the workflow
never moves without the data a step needs (:func:`require_step_data`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from hami.policy import _
from hami.policy.errors import Refused
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zope import schema
from zope.i18nmessageid import Message
from zope.interface import Interface
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import ValidationError

import transaction


NOT_ALLOWED = _(
    "error_step_not_allowed",
    default="You may not take this step on this case.",
)
NOT_NOW = _(
    "error_step_not_now",
    default="This step is not possible in the case's present state.",
)
MISSING = _("error_step_missing", default="Please fill in “${field}”.")
INVALID = _("error_step_invalid", default="“${field}” is not valid: ${reason}")


class IReason(Interface):
    """What most refusals and returns need: the reason, for whoever reads it."""

    reason = schema.Text(title=_("Reason"), required=True, max_length=2000)


@dataclass(frozen=True)
class Step:
    """One step with data: who may (``permission``), what it needs
    (``schema``), what it records (``write``) and the transition it takes."""

    id: str
    permission: str  # a Zope permission's title, granted by the workflow
    schema: type[Interface]
    write: Callable[[object, dict], None]
    # the transition, or a function of the case and the data giving it;
    # "" for a correction that keeps the state (e.g. a published copy)
    transition: str | Callable[[object, dict], str] = ""
    # fields the case must hold before the transition, whoever takes it
    requires: tuple[str, ...] = ()
    # the field whose value names the transition (REST puts it there)
    transition_field: str | None = None

    def transition_for(self, case, data: dict) -> str:
        if callable(self.transition):
            return self.transition(case, data)
        return self.transition


def open_transitions(case) -> set[str]:
    """The transitions the current user may take on ``case`` now."""
    workflow = api.portal.get_tool("portal_workflow")
    return {t["id"] for t in workflow.getTransitionsFor(case)}


def may(case, step: Step) -> bool:
    return bool(api.user.has_permission(step.permission, obj=case))


def validated(case, step: Step, data: dict) -> dict:
    """The step's fields from ``data``, checked against its schema."""
    clean = {}
    for name, field in getFieldsInOrder(step.schema):
        field = field.bind(case)
        value = data.get(name)
        if isinstance(value, str):
            value = value.strip()
        if value in (None, "", [], ()):
            if field.required:
                raise Refused(Message(MISSING, mapping={"field": field.title}), name)
            clean[name] = field.missing_value
            continue
        try:
            field.validate(value)
        except ValidationError as error:
            raise Refused(
                Message(INVALID, mapping={"field": field.title, "reason": error.doc()}),
                name,
            ) from error
        clean[name] = value
    return clean


def check(case, step: Step, data: dict) -> tuple[str, dict]:
    """The guard: refuse unless the user may take ``step`` on ``case`` now.

    Returns the transition to take and the validated data; writes nothing.
    """
    if not may(case, step):
        raise Refused(NOT_ALLOWED, status=403)
    clean = validated(case, step, data)
    transition = step.transition_for(case, clean)
    if transition and transition not in open_transitions(case):
        raise Refused(NOT_NOW, status=409)
    return transition, clean


def take(case, step: Step, data: dict) -> str:
    """Check, then record the step's data and take its transition."""
    transition, clean = check(case, step, data)
    try:
        step.write(case, clean)
        if transition:
            api.content.transition(obj=case, transition=transition)
    except (WorkflowException, api.exc.InvalidParameterError) as error:
        # written but not taken: nothing of it may be committed
        transaction.doom()
        raise Refused(NOT_NOW, status=409) from error
    return transition


def by_transition(steps: dict[str, Step]) -> dict[str, Step]:
    """Each transition that a step takes, with the step."""
    return {
        transition: step
        for step in steps.values()
        for transition in (
            getattr(step.transition, "transitions", ())
            if callable(step.transition)
            else (step.transition,)
        )
        if transition
    }


def data_check(steps: dict[str, Step]):
    """A before-transition subscriber: the workflow never takes a step's
    transition without the data that step records, whichever way it is
    triggered (a form, REST, Plone's own state menu)."""
    needing = {
        transition: step
        for transition, step in by_transition(steps).items()
        if step.requires
    }

    def subscriber(case, event) -> None:
        if event.transition is None:
            return
        step = needing.get(event.transition.getId())
        if step is None:
            return
        missing = [name for name in step.requires if not getattr(case, name, None)]
        if missing:
            raise WorkflowException(
                f"{event.transition.getId()} needs {', '.join(missing)}: "
                "use the step's form, or send them with the request."
            )

    return subscriber


def transitions(*names: str):
    """Mark a transition chooser with the transitions it may choose."""

    def decorate(function):
        function.transitions = names
        return function

    return decorate
