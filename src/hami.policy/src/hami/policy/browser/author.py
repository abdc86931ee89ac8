"""Plone's author page on every navigation root.

The byline links to ``<navigation root>/author/<user>``, but Plone registers
the ``author`` page on the site root only: under a language root or a
department site the link ended in "page not found". The same page, there too.
"""

from pathlib import Path
from Products.CMFPlone.browser import author
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class AuthorView(author.AuthorView):
    index = ViewPageTemplateFile(
        str(Path(author.__file__).parent / "templates" / "author.pt")
    )
