"""Watch-list hits (Art. 4.2) read in the window's language: the hit's message and why it matched
are app texts the quick check and the watch lines word through the app catalogue; the CLI keeps
the English."""

from __future__ import annotations

import pytest

from app.matching.identifiers import container_check_digit, validate_imo
from app.services.surveillance import commands as sv
from app.services.surveillance import watchlist
from tests.ui.language import in_language


@pytest.fixture
def japanese(qapp):
    with in_language(qapp, "ja"):
        yield qapp


def test_art_4_2_watch_hit_and_its_reason_read_in_japanese(desk, person, japanese):
    from ui.i18n import render

    hit = watchlist.match(desk, "Tanaka Shou")[0]
    assert render(hit.message) == ("該当の可能性：監視対象S-0001（田中 翔）、JC-US-2026-0001による特別の監視"
                                   "（実施中）、2027年3月1日まで")
    assert render(hit.reason).startswith("氏名・名称：「")
    assert str(hit.message).startswith("possible match: subject S-0001 (田中 翔), active surveillance")


def test_art_4_2_b_container_check_digit_reads_in_japanese(desk, japanese):
    from ui.i18n import render

    good = "MSCU123456" + str(container_check_digit("MSCU123456"))
    view = sv.add_subject(desk, {"kind": "goods", "agreement": "jp-us-1997", "period_end": "2027-01-01",
                                 "details": {"description": "wrist watches (invented)"},
                                 "identifiers": [["container", good]]})
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    hit = watchlist.match(desk, wrong)[0]
    assert hit.subject == view.code
    assert render(hit.reason) == (f"識別番号：コンテナ番号{good}と所有者コード及び通し番号が一致。"
                                  f"コンテナ番号{wrong}：チェックデジットは{good[-1]}のはずです（ISO 6346）")
    assert render(validate_imo("90747").message) == "IMO番号「90747」：7桁の数字ではありません"
    assert str(validate_imo("90747").message) == "IMO number '90747': expected 7 digits"  # the CLI's
