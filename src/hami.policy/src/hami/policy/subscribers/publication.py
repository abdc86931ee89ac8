"""Rules of the publication workflow that a workflow definition cannot express."""

from DateTime import DateTime
from hami.policy import _
from hami.policy.workflow import PUBLICATION_WORKFLOW
from hami.policy.workflow import PUBLISHED_STATES
from hami.policy.workflow import REVIEW_WORKFLOWS
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.uuid.utils import uuidToObject
from plone.uuid.interfaces import IUUID
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.DCWorkflow.interfaces import IAfterTransitionEvent
from Products.DCWorkflow.interfaces import IBeforeTransitionEvent

import transaction


def _ours(event) -> bool:
    return event.workflow is not None and event.workflow.getId() in REVIEW_WORKFLOWS


def require_reason_for_rejection(obj, event: IBeforeTransitionEvent) -> None:
    """A rejection tells the webmaster what to fix; without a reason it is refused."""
    if not _ours(event) or event.transition is None:
        return
    if (
        event.transition.getId() == "reject"
        and not (event.kwargs or {}).get("comment", "").strip()
    ):
        raise WorkflowException(_("A rejection needs a reason for the webmasters."))


def date_publication(obj, event: IAfterTransitionEvent) -> None:
    """Published items carry their publication date: listings and the
    supervision of column updates sort and count by it (undated items count as
    not updated)."""
    if not _ours(event) or event.new_state.getId() not in PUBLISHED_STATES:
        return
    if obj.effective_date is None or obj.effective_date > DateTime():
        obj.setEffectiveDate(DateTime())
        obj.reindexObject(idxs=["effective", "EffectiveDate"])


def check_in_approved_working_copy(obj, event: IAfterTransitionEvent) -> None:
    """A working copy that passes the review replaces the published original.

    The check-in runs just before the transaction commits, once the workflow
    tool has finished with the working copy (check-in moves it onto the
    original's place).
    """
    if event.workflow is None or event.workflow.getId() != PUBLICATION_WORKFLOW:
        return  # videos have no working copies
    if event.new_state.getId() != "published":
        return
    if not IWorkingCopy.providedBy(obj):
        return
    uid = IUUID(obj)
    comment = (event.kwargs or {}).get("comment", "") or "Approved in review"
    transaction.get().addBeforeCommitHook(_check_in, (uid, comment))


def _check_in(uid: str, comment: str) -> None:
    """The reviewer's approval decided it; the portal does the merge (and saves
    the version) whatever the reviewer may do by hand."""
    working_copy = uuidToObject(uid, unrestricted=True)
    if working_copy is None or not IWorkingCopy.providedBy(working_copy):
        return
    with api.env.adopt_roles(["Manager"]):
        ICheckinCheckoutPolicy(working_copy).checkin(comment)
