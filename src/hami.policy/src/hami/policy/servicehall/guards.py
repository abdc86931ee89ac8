from Products.Five.browser import BrowserView


class LeadershipApprovalRequired(BrowserView):
    """Used by the application workflow's guards."""

    def __call__(self) -> bool:
        return bool(getattr(self.context, "leadership_approval", False))
