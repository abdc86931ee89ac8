"""Uploaded files, checked by what they contain, not by what they are called."""

from dataclasses import dataclass
from hami.policy import _
from hami.policy.cases.text import clean_text
from hami.policy.errors import Refused

import io
import magic
import zipfile


ALLOWED_FILES = {
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/png": "png",
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "text/plain": "txt",
}


# Containers that libmagic names generically: which Office file is inside.
def _ole2(data: bytes) -> str:
    """Word or Excel 97-2003 (both OLE2 compound files)."""
    if "Workbook".encode("utf-16-le") in data[:65536]:
        return "application/vnd.ms-excel"
    return "application/msword"


def _office_open_xml(data: bytes) -> str | None:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    for folder, content_type in (
        (
            "word/",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ):
        if any(name.startswith(folder) for name in names):
            return content_type
    return None


CONTAINERS = {
    "application/cdfv2": _ole2,
    "application/x-ole-storage": _ole2,
    "application/zip": _office_open_xml,
}


def sniff(data: bytes) -> str | None:
    """The file's type from what it contains (libmagic), whatever its name says.

    SVG or HTML sent as a text file is SVG or HTML here, and refused.
    """
    kind = magic.from_buffer(data[:65536], mime=True).lower()
    refine = CONTAINERS.get(kind)
    if refine is not None:
        return refine(data)
    if kind == "text/plain":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return kind


@dataclass
class Upload:
    filename: str
    data: bytes
    content_type: str


def check_upload(filename: str, data: bytes, max_bytes: int) -> Upload:
    filename = clean_text(filename) or "file"
    if len(data) > max_bytes:
        raise Refused(
            _(
                "error_file_too_large",
                default="“${name}” is larger than ${size} KB.",
                mapping={"name": filename, "size": max_bytes // 1024},
            ),
            field="attachments",
        )
    content_type = sniff(data)
    if content_type not in ALLOWED_FILES:
        raise Refused(
            _(
                "error_file_type",
                default="“${name}” is not an accepted kind of file (Word, Excel, "
                "PDF, text, JPEG, PNG or GIF).",
                mapping={"name": filename},
            ),
            field="attachments",
        )
    return Upload(filename=filename, data=data, content_type=content_type)
