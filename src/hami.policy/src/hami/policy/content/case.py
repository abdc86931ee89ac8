"""What letters and applications share as content: they are private cases."""

from plone.dexterity.content import Container


class Case(Container):
    """Listed and searched by its tracking number only, never by what the
    citizen wrote: title, description and full text hold nothing personal."""

    def Title(self) -> str:
        return getattr(self, "tracking_number", None) or self.getId()

    def Description(self) -> str:
        return ""

    def SearchableText(self) -> str:
        return self.Title()
