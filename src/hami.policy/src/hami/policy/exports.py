"""Tables as downloads: CSV that Excel opens with Chinese intact, and XLSX."""

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

import csv
import io


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(request, content_type: str, filename: str) -> None:
    response = request.response
    response.setHeader("Content-Type", content_type)
    response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
    response.setHeader("Cache-Control", "private, no-store")


def csv_response(request, name: str, header: list[str], lines: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(lines)
    _download(request, "text/csv; charset=utf-8", f"{name}.csv")
    return "\ufeff" + out.getvalue()  # the BOM lets Excel read the Chinese names


def xlsx_bytes(header: list[str], lines: list[list], title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]  # Excel's limit
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for line in lines:
        sheet.append(line)
    sheet.freeze_panes = "B2"
    for index, label in enumerate(header, start=1):
        values = [label, *(line[index - 1] for line in lines)]
        width = max(len(str(value)) for value in values)
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width * 2 + 2)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def xlsx_response(request, name: str, header, lines, title: str) -> bytes:
    _download(request, XLSX, f"{name}.xlsx")
    return xlsx_bytes(header, lines, title)
