"""The toolbar: the count of My work next to its entry in the user menu."""

from hami.policy.oa.tasks import work_count
from plone.app.layout.viewlets.toolbar import ToolbarViewletManager
from zope.i18n import translate


class Toolbar(ToolbarViewletManager):
    def get_personal_bar(self):
        viewlet = super().get_personal_bar()
        for action in viewlet.user_actions:
            if action["id"] == "personaltools-oa-work":
                count = work_count()
                if count:
                    title = translate(action["title"], context=self.request)
                    action["title"] = f"{title} ({count})"
        return viewlet
