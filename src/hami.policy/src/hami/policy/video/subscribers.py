"""What happens when a video is saved: processing and who may see it."""

from hami.policy.video import queue
from plone import api

import logging


logger = logging.getLogger("hami.policy.video")
WORKFLOW = "hami_video_workflow"


def sync_access(video) -> bool:
    """Published videos of the internal reference category are for staff only
    (state ``internal``), the others for everyone (``published``): the
    workflow's automatic transitions, applied when the category changes."""
    tool = api.portal.get_tool("portal_workflow")
    workflow = tool.getWorkflowById(WORKFLOW)
    if workflow is None or WORKFLOW not in tool.getChainFor(video):
        return False
    state = workflow._getWorkflowStateOf(video)
    if state is None or state.getId() not in ("published", "internal"):
        return False
    transition = workflow._findAutomaticTransition(video, state)
    if transition is None:
        return False
    workflow._changeStateOf(video, transition)
    video.reindexObject()
    video.reindexObjectSecurity()
    return True


def video_saved(video, event) -> None:
    if queue.needs_processing(video):
        queue.enqueue(video)
    sync_access(video)


def access_changed(obj, event) -> None:
    sync_access(obj)
