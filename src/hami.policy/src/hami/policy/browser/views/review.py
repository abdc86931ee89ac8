from hami.policy.workflow import final_review_required
from Products.Five.browser import BrowserView


class FinalReviewRequired(BrowserView):
    """Used by the publication workflow's guards."""

    def __call__(self) -> bool:
        return final_review_required(self.context)
