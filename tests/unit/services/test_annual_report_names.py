"""The annual report heads each language version with the own administration's name as the
officer keeps it (Settings, the Directory), as the letters do; the catalogue's name otherwise."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.services.agreements import directory
from app.services.stats.report import annual_report


def _first_page(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "")


def test_annual_report_in_spanish_heads_with_the_name_the_officer_keeps(desk):
    own = next(a for a in directory.administrations(desk) if a.is_own)
    assert "Japan Customs, Ministry of Finance" in _first_page(annual_report(desk, 2026, "es"))
    directory.edit_administration(desk, own.id, names={"es": "Aduanas de Japón (nombre de prueba)"})
    page = _first_page(annual_report(desk, 2026, "es"))
    assert "Aduanas de Japón (nombre de prueba)" in page
    assert "財務省関税局" in _first_page(annual_report(desk, 2026, "ja"))  # the catalogue's, untouched
