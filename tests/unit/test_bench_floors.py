"""The bench's floors must do the work they stand for: a floor that did less would make every
ratio against it look worse than it is (and one that did nothing would prove nothing)."""

from __future__ import annotations

import io
import os

import pytest
from pypdf import PdfReader

from bench import letters as letter_bench
from bench import ui as ui_bench
from bench.ui import fill_requests


def test_letter_floor_prints_the_sample_requests_own_text_in_embedded_fonts():
    source = letter_bench._letter_lines_source()
    pdf = PdfReader(io.BytesIO(letter_bench._minimal_canvas_letter(source)))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    # every paragraph of the letter is there, from the letterhead to the Art. 9 restrictions
    assert len(source) > 30
    for plain, *_ in (source[0], source[len(source) // 2], source[-1]):
        assert " ".join(plain.split())[:40] in text
    assert "Article 7(2)(c)" in text and f"Page {len(pdf.pages)} of {len(pdf.pages)}" in text
    fonts = {f["/BaseFont"] for page in pdf.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in str(name) for name in fonts)


def test_store_floor_child_opens_the_encrypted_store_it_is_given(desk, data_dir):
    fill_requests(desk, 40, seed=3)
    desk.db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIAISON_DESK_DATA_DIR": str(data_dir),
           "BENCH_STORE_KEY": desk.db._key.hex()}
    assert ui_bench._process_ms(ui_bench._TABLE_STORE, env) > 0
    with pytest.raises(RuntimeError):  # a wrong key cannot read the file: the floor really decrypts
        ui_bench._process_ms(ui_bench._TABLE_STORE, {**env, "BENCH_STORE_KEY": "00" * 32})
