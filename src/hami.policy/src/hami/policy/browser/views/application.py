"""An application as the service centre and the responsible department see it;
the service centre's dashboard of its queue."""

from hami.policy.browser.views.letter import LetterView
from hami.policy.cases import clock
from hami.policy.servicehall.public import STATE_TITLES
from hami.policy.servicehall.settings import application_box
from plone import api
from zExceptions import Unauthorized


OPEN_STATES = (
    "submitted",
    "supplement_requested",
    "accepted",
    "under_review",
    "pending_leadership",
)


class ApplicationView(LetterView):
    def state_title(self, brain=None) -> str:
        return STATE_TITLES[api.content.get_state(self.context)]

    def is_open(self) -> bool:
        return api.content.get_state(self.context) in OPEN_STATES

    def fields(self) -> list[tuple[str, str]]:
        return sorted((self.context.data or {}).items())


class ServiceCentreView(LetterView):
    """Queue by state, overdue cases, per department: what the user may see."""

    def __call__(self):
        if api.user.is_anonymous():
            raise Unauthorized("The service centre's dashboard is for staff.")
        return self.index()

    def applications(self):
        return api.content.find(
            portal_type="Application",
            path="/".join(application_box().getPhysicalPath()),
            sort_on="case_received",
            sort_order="descending",
        )

    def queue(self) -> list[dict]:
        brains = self.applications()
        today = clock.today()
        groups = []
        for state in (*OPEN_STATES, "approved", "denied", "refused", "closed"):
            items = [brain for brain in brains if brain.review_state == state]
            if items:
                groups.append({
                    "state": state,
                    "title": STATE_TITLES[state],
                    "applications": items,
                })
        self.overdue = [
            brain
            for brain in brains
            if brain.review_state in OPEN_STATES
            and brain.case_deadline
            and brain.case_deadline.asdatetime().date() < today
        ]
        return groups

    def per_department(self) -> list[tuple[str, int, int]]:
        titles = self.department_titles()
        counts: dict[str, list[int]] = {}
        for brain in self.applications():
            row = counts.setdefault(brain.hami_department or "", [0, 0])
            row[0] += 1
            if brain.review_state in OPEN_STATES:
                row[1] += 1
        return sorted(
            (
                (titles.get(unit, unit), total, open_)
                for unit, (total, open_) in counts.items()
            ),
        )
