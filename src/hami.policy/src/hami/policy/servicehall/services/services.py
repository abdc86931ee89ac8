"""GET /@services: the service guides of one language, with their form's fields."""

from hami.policy.cases.text import param
from hami.policy.languages import CODES
from hami.policy.services.base import BAD_LANGUAGE
from hami.policy.services.base import HamiService
from hami.policy.services.base import refused
from plone import api
from plone.supermodel import loadString


class ServicesGet(HamiService):
    def _form_fields(self, guide) -> list[dict]:
        relation = guide.application_form
        form = (
            relation.to_object
            if relation is not None and not relation.isBroken()
            else None
        )
        if form is None:
            return []
        schema = loadString(form.fields_model).schema
        return [
            {
                "id": name,
                "title": field.title,
                "required": bool(field.required),
                "type": type(field).__name__,
                "choices": [term.value for term in field.vocabulary]
                if getattr(field, "vocabulary", None) is not None
                else None,
            }
            for name, field in schema.namesAndDescriptions(all=True)
        ]

    def answer(self):
        language = param(self.request.form, "language") or "zh-cn"
        if language not in CODES:
            raise refused(BAD_LANGUAGE, "language", languages=", ".join(CODES))
        items = []
        for brain in api.content.find(
            portal_type="ServiceGuide",
            Language=language,
            review_state="published",
            sort_on="sortable_title",
        ):
            guide = brain.getObject()
            items.append({
                "@id": guide.absolute_url(),
                "service_code": guide.service_code,
                "title": guide.Title(),
                "description": guide.Description(),
                "department": guide.responsible_department,
                "topic": guide.topic,
                "time_limit_days": guide.time_limit_days,
                "fields": self._form_fields(guide),
            })
        return {
            "@id": f"{self.context.absolute_url()}/@services",
            "items": items,
            "items_total": len(items),
        }
