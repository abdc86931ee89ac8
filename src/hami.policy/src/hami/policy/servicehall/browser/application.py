"""An application as the service centre and the responsible department see it;
the service centre's dashboard of its queue."""

from hami.policy.browser.listing import ListingView
from hami.policy.cases import clock
from hami.policy.cases.browser.views import CaseView
from hami.policy.servicehall.settings import application_box
from hami.policy.servicehall.workflow import FINISHED
from hami.policy.servicehall.workflow import OPEN_STATES
from hami.policy.servicehall.workflow import STATE_TITLES
from plone import api
from zExceptions import Unauthorized


class ApplicationView(CaseView):
    open_states = OPEN_STATES

    def state_title(self, brain=None) -> str:
        return STATE_TITLES[self.state()]

    def fields(self) -> list[tuple[str, str]]:
        return sorted((self.context.data or {}).items())


class ServiceCentreView(ListingView):
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
        for state in (*OPEN_STATES, *FINISHED):
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
