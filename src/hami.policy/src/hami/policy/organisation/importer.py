"""Create or update the portal's structure from the organisation data.

One importer, idempotent: a unit missing from the portal gets its sub-site in
every language, its standard columns and its two groups; a unit whose name or
contact changed in the file gets them updated; nothing else is touched.
Existing columns keep whatever their administrators changed (cadence, review),
and content is never modified.
"""

from dataclasses import dataclass
from dataclasses import field
from hami.policy import _
from hami.policy import logger
from hami.policy.languages import CODES
from hami.policy.organisation.data import column_templates
from hami.policy.organisation.data import ColumnTemplate
from hami.policy.organisation.data import Unit
from hami.policy.organisation.data import units as read_units
from hami.policy.organisation.groups import CENTRE_REVIEWERS
from hami.policy.organisation.groups import editors_group
from hami.policy.organisation.groups import LEADERSHIP
from hami.policy.organisation.groups import office_group
from hami.policy.organisation.groups import reviewers_group
from hami.policy.organisation.groups import SITE_ADMINISTRATORS
from hami.policy.organisation.groups import STAFF
from hami.policy.organisation.groups import staff_group
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from plone.base.interfaces import IPloneSiteRoot
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from zope.i18n import translate
from zope.lifecycleevent import modified


EDITOR_ROLES = ("Contributor", "Editor", "Reader")
REVIEWER_ROLES = ("Reviewer", "Reader")

DIRECTORIES = {
    "departments": _("directory_departments", default="Departments"),
    "counties": _("directory_counties", default="Counties and cities"),
}

# Portal-wide groups and the global role each one carries.
PORTAL_GROUPS = {
    CENTRE_REVIEWERS: (
        "FinalReviewer",
        _("group_centre_reviewers", default="Management centre reviewers"),
    ),
    LEADERSHIP: (
        "Leadership",
        _("group_leadership", default="Prefecture leadership"),
    ),
    SITE_ADMINISTRATORS: (
        "Site Administrator",
        _("group_site_administrators", default="Site administrators"),
    ),
    # everyone in the staff directory: the office automation area
    STAFF: (None, _("group_staff", default="All staff")),
}


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)

    def __str__(self) -> str:
        return f"{len(self.created)} created, {len(self.updated)} updated"


def _tr(message, language: str) -> str:
    return translate(message, target_language=language.replace("-cn", "_CN"))


def ensure_portal_groups(report: ImportReport) -> None:
    for group_id, (role, title) in PORTAL_GROUPS.items():
        if api.group.get(groupname=group_id) is None:
            api.group.create(
                groupname=group_id,
                title=_tr(title, "zh-cn"),
                roles=[role] if role else [],
            )
            report.created.append(f"group {group_id}")


def _ensure_unit_groups(unit: Unit, report: ImportReport) -> None:
    name = unit.name("zh-cn")
    groups = {
        editors_group(unit.id): _(
            "group_editors", default="${unit}: webmasters", mapping={"unit": name}
        ),
        reviewers_group(unit.id): _(
            "group_reviewers", default="${unit}: leaders", mapping={"unit": name}
        ),
        staff_group(unit.id): _(
            "group_staff_of_unit", default="${unit}: staff", mapping={"unit": name}
        ),
        office_group(unit.id): _(
            "group_office_of_unit",
            default="${unit}: general office",
            mapping={"unit": name},
        ),
    }
    for group_id, title in groups.items():
        if api.group.get(groupname=group_id) is None:
            api.group.create(groupname=group_id, title=_tr(title, "zh-cn"))
            report.created.append(f"group {group_id}")


def _constrain(container, types: tuple[str, ...]) -> None:
    constraints = ISelectableConstrainTypes(container)
    constraints.setConstrainTypesMode(ENABLED)
    constraints.setLocallyAllowedTypes(list(types))
    constraints.setImmediatelyAddableTypes(list(types))


def create_in_language(container, portal_type: str, id_: str, language: str, **fields):
    obj = api.content.create(
        container=container, type=portal_type, id=id_, safe_id=False, **fields
    )
    # plone.app.multilingual gives new content its parent's language; say it
    # explicitly, the directories and sub-sites must never be neutral.
    ILanguage(obj).set_language(language)
    obj.reindexObject(idxs=["Language"])
    return obj


def _ensure_directory(root, directory: str, language: str, report: ImportReport):
    title = _tr(DIRECTORIES[directory], language)
    folder = root.get(directory)
    if folder is None:
        folder = create_in_language(root, "Folder", directory, language, title=title)
        _constrain(folder, ("Department",))
        report.created.append("/".join(folder.getPhysicalPath()[2:]))
    elif folder.Title() != title:
        folder.setTitle(title)
        folder.reindexObject(idxs=["Title", "sortable_title", "SearchableText"])
        report.updated.append("/".join(folder.getPhysicalPath()[2:]))
    return folder


def _department_fields(unit: Unit, language: str) -> dict:
    return {
        "title": unit.name(language),
        "unit_id": unit.id,
        "unit_kind": unit.kind,
        "parent_unit": unit.parent or None,
        "subdomain": unit.subdomain or None,
        "phone": unit.phone or None,
        "address": unit.address or None,
        "email": unit.email or None,
    }


def _ensure_department(directory, unit: Unit, language: str, report: ImportReport):
    fields = _department_fields(unit, language)
    department = directory.get(unit.id)
    path = "/".join((*directory.getPhysicalPath()[2:], unit.id))
    if department is None:
        department = create_in_language(
            directory, "Department", unit.id, language, **fields
        )
        report.created.append(path)
    else:
        changed = [
            name
            for name, value in fields.items()
            if getattr(department, name, None) != value
        ]
        if changed:
            for name in changed:
                setattr(department, name, fields[name])
            modified(department)
            report.updated.append(path)
    _ensure_local_roles(department, unit)
    return department


def _ensure_local_roles(department, unit: Unit) -> None:
    wanted = {
        editors_group(unit.id): set(EDITOR_ROLES),
        reviewers_group(unit.id): set(REVIEWER_ROLES),
    }
    current = dict(department.get_local_roles())
    changed = False
    for principal, roles in wanted.items():
        if set(current.get(principal, ())) != roles:
            department.manage_setLocalRoles(principal, sorted(roles))
            changed = True
    if changed:
        department.reindexObjectSecurity()


def _ensure_column(
    department, template: ColumnTemplate, language: str, report: ImportReport
):
    column = department.get(template.id)
    if column is None:
        column = create_in_language(
            department,
            "Column",
            template.id,
            language,
            title=template.name(language),
            column_kind=template.kind,
            cadence=template.cadence,
            final_review=template.final_review,
            responsible_department=department.unit_id,
        )
        _constrain(column, template.types)
        report.created.append("/".join(column.getPhysicalPath()[2:]))
    return column


def link_translations(objects: dict[str, object]) -> None:
    """Register the same item in every language as translations of each other."""
    canonical = objects.get("zh-cn") or next(iter(objects.values()))
    manager = ITranslationManager(canonical)
    for language, obj in objects.items():
        if obj is canonical:
            continue
        existing = manager.get_translation(language)
        if existing is None:
            manager.register_translation(language, obj)


def import_organisation(
    portal: IPloneSiteRoot,
    units: list[Unit] | None = None,
    templates: list[ColumnTemplate] | None = None,
) -> ImportReport:
    """Bring the portal's structure in line with the organisation data."""
    units = read_units() if units is None else units
    templates = column_templates() if templates is None else templates
    report = ImportReport()
    ensure_portal_groups(report)
    directories = {}
    for directory in DIRECTORIES:
        folders = {
            language: _ensure_directory(portal[language], directory, language, report)
            for language in CODES
        }
        link_translations(folders)
        directories[directory] = folders
    for unit in units:
        _ensure_unit_groups(unit, report)
        departments = {
            language: _ensure_department(
                directories[unit.directory][language], unit, language, report
            )
            for language in CODES
        }
        link_translations(departments)
        for template in templates:
            columns = {
                language: _ensure_column(
                    departments[language], template, language, report
                )
                for language in CODES
                if template.applies_to(unit, language)
            }
            if columns:
                link_translations(columns)
    logger.info("Organisation import: %s", report)
    return report
