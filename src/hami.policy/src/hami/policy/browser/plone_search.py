"""Plone's search page, without a 500 for a malformed filter.

``@@search?created.query:record:list:date=-1`` made Plone's own filter code
compare a number with a list. A filter that cannot be applied now gives the
search form with a message and status 400, and no results.
"""

from DateTime.interfaces import DateTimeError
from hami.policy import _
from pathlib import Path
from plone import api
from Products.CMFPlone.browser import search
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class RobustSearch(search.Search):
    index = ViewPageTemplateFile(
        str(Path(search.__file__).parent / "templates" / "search.pt")
    )

    def __call__(self):
        return self.index()

    def _filter_query(self, query):
        try:
            return super()._filter_query(query)
        except (TypeError, ValueError, AttributeError, DateTimeError):
            self.request.response.setStatus(400)
            api.portal.show_message(
                _(
                    "error_search_filter",
                    default="The search could not be understood: please check "
                    "the dates and filters.",
                ),
                self.request,
                type="error",
            )
            return None
