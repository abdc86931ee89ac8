"""Plone's own ``@search`` and ``@registry``, robust against what a client sends.

``@search`` is open to everyone: a negative or non-numeric ``b_size``, a date
that is no date, or search syntax the full-text index cannot parse ended in
500. Here they get 400 with a message, and the search text is searched as
words (``cases.text.search_text``). ``@registry`` failed for administrators on
a record holding a datetime.
"""

from DateTime.interfaces import DateTimeError
from hami.policy.cases.text import search_text
from hami.policy.errors import Refused
from hami.policy.services.base import BAD_QUERY
from hami.policy.services.base import batch_params
from hami.policy.services.base import error
from plone.restapi.exceptions import QueryParsingError
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.registry import SerializeRegistryToJson
from plone.restapi.services.search.get import SearchGet
from Products.ZCTextIndex.ParseTree import ParseError


class RobustSearchGet(SearchGet):
    def reply(self):
        form = self.request.form
        try:
            batch_params(form, default_size=25, max_size=1000)
            for name in ("SearchableText", "Title", "Description"):
                if name in form:
                    words = search_text(form[name])
                    if words:
                        form[name] = words
                    else:
                        del form[name]
            return super().reply()
        except Refused as refused:
            return error(self.request, refused)
        except (QueryParsingError, DateTimeError, ParseError, ValueError):
            return error(self.request, Refused(BAD_QUERY))


class RegistryToJson(SerializeRegistryToJson):
    def __call__(self):
        return json_compatible(super().__call__())
