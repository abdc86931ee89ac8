"""The prefecture as data: units, the standard columns, document subjects.

The files live in hami.policy/data/; a deployment can point to its own copy of
any of them with the environment variables HAMI_ORGANISATION_CSV,
HAMI_COLUMNS_CSV and HAMI_SUBJECTS_CSV, so that the e-government management
centre adds a unit or a column by editing a file and re-running the import
(`make run` does), without a release.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import csv
import os


DATA = Path(__file__).parent.parent / "data"
LANGUAGE_COLUMNS = {"zh-cn": "zh", "ug": "ug", "kk": "kk", "en": "en"}


def _path(variable: str, name: str) -> Path:
    return Path(os.environ.get(variable) or DATA / name)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(stream)
        ]


@dataclass(frozen=True)
class Named:
    id: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["zh-cn"]


def _names(row: dict[str, str], prefix: str) -> dict[str, str]:
    return {
        language: row[f"{prefix}_{column}"]
        for language, column in LANGUAGE_COLUMNS.items()
    }


@dataclass(frozen=True)
class Unit(Named):
    kind: str
    parent: str
    phone: str
    address: str
    email: str
    subdomain: str
    # 发文机关代字: the office's code in its documents' numbers (哈发改发〔2026〕3号)
    doc_code: str = ""

    @property
    def directory(self) -> str:
        """The folder of each language root that holds this unit's sub-site."""
        return "counties" if self.kind == "county" else "departments"


@dataclass(frozen=True)
class ColumnTemplate(Named):
    kind: str
    cadence: str
    final_review: bool
    languages: tuple[str, ...]
    unit_kinds: tuple[str, ...]
    types: tuple[str, ...]

    def applies_to(self, unit: Unit, language: str) -> bool:
        kinds_match = "*" in self.unit_kinds or unit.kind in self.unit_kinds
        return kinds_match and language in self.languages


def units(path: Path | None = None) -> list[Unit]:
    rows = _rows(path or _path("HAMI_ORGANISATION_CSV", "organisation.csv"))
    return [
        Unit(
            id=row["id"],
            names=_names(row, "name"),
            kind=row["kind"],
            parent=row["parent"],
            phone=row["phone"],
            address=row["address"],
            email=row["email"],
            subdomain=row["subdomain"],
            doc_code=row.get("doc_code", ""),
        )
        for row in rows
    ]


def column_templates(path: Path | None = None) -> list[ColumnTemplate]:
    rows = _rows(path or _path("HAMI_COLUMNS_CSV", "columns.csv"))
    return [
        ColumnTemplate(
            id=row["id"],
            names=_names(row, "title"),
            kind=row["kind"],
            cadence=row["cadence"],
            final_review=row["final_review"].lower() in ("yes", "true", "1"),
            languages=tuple(row["languages"].split()),
            unit_kinds=tuple(row["unit_kinds"].split()),
            # Types are space separated, and "News Item" has a space in it.
            types=tuple(
                t.replace("_", " ")
                for t in row["types"].replace("News Item", "News_Item").split()
            ),
        )
        for row in rows
    ]


@cache
def _subjects(path: Path) -> tuple[Named, ...]:
    return tuple(Named(id=row["id"], names=_names(row, "name")) for row in _rows(path))


def policy_subjects() -> tuple[Named, ...]:
    return _subjects(_path("HAMI_SUBJECTS_CSV", "subjects.csv"))
