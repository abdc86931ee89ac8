"""Facts about an item's place in the three-level review (三审)."""

from Acquisition import aq_chain
from Acquisition import aq_inner
from hami.policy.content.column import IColumn
from hami.policy.content.department import IDepartment


PUBLICATION_WORKFLOW = "hami_publication_workflow"
# the same review for videos, playlists and broadcasts, with a staff-only
# published state for internal reference (video/)
VIDEO_WORKFLOW = "hami_video_workflow"
REVIEW_WORKFLOWS = (PUBLICATION_WORKFLOW, VIDEO_WORKFLOW)
PUBLISHED_STATES = ("published", "internal")


def enclosing_column(context) -> IColumn | None:
    for obj in aq_chain(aq_inner(context)):
        if IColumn.providedBy(obj):
            return obj
        if IDepartment.providedBy(obj):
            return None
    return None


def enclosing_department(context) -> IDepartment | None:
    for obj in aq_chain(aq_inner(context)):
        if IDepartment.providedBy(obj):
            return obj
    return None


def final_review_required(context) -> bool:
    """Whether the column holding ``context`` asks for the management centre's review.

    Content outside any column (the portal's own pages) always gets it: nobody
    below the management centre is responsible for it.
    """
    column = enclosing_column(context)
    if column is None:
        return enclosing_department(context) is None
    return bool(column.final_review)
