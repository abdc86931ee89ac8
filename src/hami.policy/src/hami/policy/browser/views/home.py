"""The portal's home page in each language (on the language root folders)."""

from hami.policy import _
from hami.policy.browser.listing import ListingView
from hami.policy.vocabularies.units import UNIT_KINDS
from hami.theme.branding import portal_name
from plone import api
from plone.memoize.instance import memoize


SECTIONS = (
    ("news", _("home_news", default="News")),
    ("notices", _("home_notices", default="Notices")),
    ("policy", _("home_policy", default="Policy documents")),
)


class HomeView(ListingView):
    """Latest news, notices and policy documents of every department, and the
    directory of departments and counties."""

    limit = 8

    @property
    def root_path(self) -> str:
        return "/".join(self.context.getPhysicalPath())

    def sections(self) -> list[dict]:
        return [
            {
                "kind": kind,
                "title": title,
                "results": self.published(
                    self.limit, path=self.root_path, hami_column_kind=kind
                ),
            }
            for kind, title in SECTIONS
        ]

    @memoize
    def directory(self) -> list[dict]:
        brains = api.content.find(
            portal_type="Department",
            path=self.root_path,
            sort_on="getObjPositionInParent",
        )
        groups = []
        for kind, title in UNIT_KINDS:
            members = [brain for brain in brains if brain.unit_kind == kind]
            if members:
                groups.append({"kind": kind, "title": title, "units": members})
        return groups

    def portal_name(self) -> str:
        return portal_name(self.language)

    def search_url(self) -> str:
        return f"{self.context.absolute_url()}/@@hami-search"
