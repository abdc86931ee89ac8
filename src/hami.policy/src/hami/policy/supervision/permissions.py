"""Who may see the supervision of the columns: one check for pages and REST.

"hami.policy: View supervision" is granted to the management centre, the
leadership and site administrators everywhere, and through their local roles
(Editor, Reviewer) to a department's webmasters and leaders on it.
"""

from AccessControl import getSecurityManager


VIEW_SUPERVISION = "hami.policy: View supervision"


def can_supervise(obj) -> bool:
    return bool(getSecurityManager().checkPermission(VIEW_SUPERVISION, obj))
