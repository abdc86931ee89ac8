"""A department's home page: its columns with their latest items, contact, leaders."""

from hami.policy.behaviors.contact import IContactInfo
from hami.policy.browser.listing import CONTENT_TYPES
from hami.policy.browser.listing import ListingView
from plone import api


class DepartmentHome(ListingView):
    per_column = 5

    def columns(self) -> list[dict]:
        columns = []
        for column in self.context.contentValues({"portal_type": "Column"}):
            if column.column_kind == "leaders":
                continue
            path = "/".join(column.getPhysicalPath())
            items = api.content.find(
                path={"query": path, "depth": 1},
                portal_type=CONTENT_TYPES,
                sort_on="effective",
                sort_order="descending",
                sort_limit=self.per_column,
            )[: self.per_column]
            columns.append({"column": column, "results": items})
        return columns

    def contact(self) -> list[dict]:
        info = IContactInfo(self.context)
        links = {"phone": "tel:", "email": "mailto:"}
        rows = []
        for name in ("address", "phone", "email", "office_hours"):
            value = getattr(info, name, None)
            if value:
                rows.append({
                    "name": name,
                    "label": IContactInfo[name].title,
                    "value": value,
                    "href": links[name] + value if name in links else None,
                })
        return rows

    def leaders(self):
        return api.content.find(
            path="/".join(self.context.getPhysicalPath()),
            portal_type="Leader",
            sort_on="getObjPositionInParent",
        )
