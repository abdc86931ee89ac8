"""The prefecture's services (data/services.yaml): guides and forms in four languages.

Each service gets, in the responsible department's service-guide column of
every language, a ServiceGuide and its EasyForm (the applicant's name, ID
number, phone and e-mail, then the service's own fields, and the "create
application" action), linked as translations and published. Idempotent: what
exists is left as the service centre has edited it.
"""

from functools import cache
from hami.policy import _
from hami.policy import logger
from hami.policy.languages import CODES
from hami.policy.organisation.importer import create_in_language
from hami.policy.organisation.importer import link_translations
from pathlib import Path
from plone import api
from xml.sax.saxutils import escape
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.i18n import translate
from zope.intid.interfaces import IIntIds

import os
import yaml


DATA = Path(__file__).parent.parent / "data" / "services.yaml"
ACTION_TYPE = "hami.policy.servicehall.action.CreateApplication"
APPLICANT = (
    (
        "applicant_name",
        "zope.schema.TextLine",
        True,
        _("field_applicant_name", default="Applicant's name"),
    ),
    (
        "id_number",
        "zope.schema.TextLine",
        False,
        _("field_id_number", default="ID number"),
    ),
    ("phone", "zope.schema.TextLine", True, _("field_phone", default="Phone")),
    (
        "email",
        "zope.schema.TextLine",
        False,
        _("field_email", default="E-mail (for the codes and news)"),
    ),
)
TYPES = {
    "text": "zope.schema.TextLine",
    "textarea": "zope.schema.Text",
    "date": "zope.schema.Date",
    "int": "zope.schema.Int",
    "choice": "zope.schema.Choice",
    "file": "plone.namedfile.field.NamedBlobFile",
}
GUIDE_TEXTS = (
    "legal_basis",
    "who_may_apply",
    "conditions",
    "materials",
    "procedure",
)


@cache
def services(path: str | None = None) -> tuple[dict, ...]:
    path = path or os.environ.get("HAMI_SERVICES_YAML") or DATA
    with open(path, encoding="utf-8") as stream:
        return tuple(yaml.safe_load(stream))


def _tr(message, language: str) -> str:
    return translate(message, target_language=language.replace("-cn", "_CN"))


def fields_model(service: dict, language: str) -> str:
    fields = []
    for name, kind, required, title in APPLICANT:
        fields.append(
            f'<field name="{name}" type="{kind}">'
            f"<title>{escape(_tr(title, language))}</title>"
            f"<required>{required}</required></field>"
        )
    for spec in service["fields"]:
        kind = TYPES[spec["type"]]
        extra = ""
        if spec["type"] == "choice":
            values = "".join(
                f'<element key="{escape(choice["value"])}">'
                f"{escape(choice['label'][language])}</element>"
                for choice in spec["choices"]
            )
            extra = f"<values>{values}</values>"
        fields.append(
            f'<field name="{spec["id"]}" type="{kind}">'
            f"<title>{escape(spec['label'][language])}</title>"
            f"<required>{bool(spec.get('required'))}</required>{extra}</field>"
        )
    return (
        '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>'
        + "".join(fields)
        + "</schema></model>"
    )


def actions_model(service: dict, language: str) -> str:
    title = escape(
        _tr(
            _("label_create_application", default="Create application (service hall)"),
            language,
        )
    )
    code = f"<service_code>{service['id']}</service_code>" if service["id"] else ""
    return (
        '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>'
        f'<field name="create_application" type="{ACTION_TYPE}"><title>{title}</title>'
        f"{code}</field>"
        "</schema></model>"
    )


def _publish(obj) -> None:
    if api.content.get_state(obj, default=None) != "published":
        api.content.transition(obj=obj, transition="publish")


def _ensure(column, service: dict, language: str, created: list[str]):
    guide = column.get(service["id"])
    form_id = f"{service['id']}-form"
    form = column.get(form_id)
    if form is None:
        form = create_in_language(
            column,
            "EasyForm",
            form_id,
            language,
            title=service["title"][language],
            submitLabel=_tr(
                _("button_apply", default="Submit the application"), language
            ),
            fields_model=fields_model(service, language),
            actions_model=actions_model(service, language),
        )
        _publish(form)
        created.append("/".join(form.getPhysicalPath()[2:]))
    if guide is None:
        texts = {name: service[name][language] for name in GUIDE_TEXTS}
        guide = create_in_language(
            column,
            "ServiceGuide",
            service["id"],
            language,
            title=service["title"][language],
            description=service["description"][language],
            service_code=service["id"],
            topic=service["topic"],
            time_limit_days=service["time_limit_days"],
            leadership_approval=service["leadership_approval"],
            fees=service["fee"][language],
            place=service["place"][language],
            hours=service["hours"][language],
            phone=service["phone"],
            complaint_phone=service["complaint_phone"],
            responsible_department=service["department"],
            application_form=RelationValue(getUtility(IIntIds).getId(form)),
            **texts,
        )
        _publish(guide)
        created.append("/".join(guide.getPhysicalPath()[2:]))
    return guide, form


def import_services(portal, only: tuple[str, ...] | None = None) -> list[str]:
    created: list[str] = []
    with api.env.adopt_roles(["Manager"]):
        for service in services():
            if only is not None and service["department"] not in only:
                continue
            pairs = {}
            for language in CODES:
                directory = portal[language]["departments"]
                department = directory.get(service["department"])
                if department is None or "guides" not in department:
                    continue
                pairs[language] = _ensure(
                    department["guides"], service, language, created
                )
            if pairs:
                link_translations({
                    language: pair[0] for language, pair in pairs.items()
                })
                link_translations({
                    language: pair[1] for language, pair in pairs.items()
                })
    if created:
        logger.info("Services: %d guides and forms created", len(created))
    return created
