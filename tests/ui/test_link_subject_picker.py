"""Linking a subject to a request (Art. 4.2) stays quick and usable with a large register: the
picker offers the newest subjects of the request's agreement, narrows by what is typed through
the full-text index, and never offers one already linked or one under another agreement."""

from __future__ import annotations

from app.services.requests import commands as svc
from app.services.surveillance import commands as surveillance
from app.services.surveillance.listing import LINK_CHOICES, link_candidates
from ui.dialogs.link_subject import NEW_SUBJECT, LinkSubjectDialog


def _person(desk, name: str, agreement: str = "jp-us-1997") -> str:
    return surveillance.add_subject(desk, {"kind": "person", "names": [name], "agreement": agreement,
                                           "period_end": "2027-03-01"}).code


def test_art_4_2_link_candidates_are_bounded_newest_first_and_of_the_agreement_only(desk):
    codes = [_person(desk, f"Invented Person {i:03d}") for i in range(LINK_CHOICES + 5)]
    mexican = _person(desk, "Persona Inventada", agreement="jp-mx-2017")
    rows = link_candidates(desk, "jp-us-1997")
    assert len(rows) == LINK_CHOICES  # never the whole register
    assert rows[0][0] == codes[-1]  # newest first
    assert mexican not in {code for code, _, _ in rows}
    assert codes[-1] not in {c for c, _, _ in link_candidates(desk, "jp-us-1997", exclude=[codes[-1]])}


def test_art_4_2_link_candidates_narrow_by_name_in_any_script(desk):
    wanted = _person(desk, "田中 翔 (invented)")
    _person(desk, "Someone Else (invented)")
    _person(desk, "田中 翔 (invented)", agreement="jp-mx-2017")  # same name, other agreement
    assert [code for code, _, _ in link_candidates(desk, "jp-us-1997", "田中 翔")] == [wanted]
    assert link_candidates(desk, "jp-us-1997", "nobody-at-all-xyz") == []


def test_art_4_2_picker_narrows_as_the_officer_types_and_links_on_enter(qtbot, desk, complete_fields):
    ref = svc.register_incoming(desk, "jp-us-1997", dict(complete_fields, bases=["4.2(a)"],
                                                         extra={"person_identity": "X"})).our_ref
    linked = _person(desk, "Already Linked (invented)")
    target = _person(desk, "Maria Lopez (invented)")
    _person(desk, "John Smith (invented)")
    dialog = LinkSubjectDialog(desk, ref=ref, agreement_key="jp-us-1997", agreement_name="JP-US",
                               exclude=(linked,))
    qtbot.addWidget(dialog)
    shown = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert len(shown) == 2 and not any(linked in s for s in shown)
    qtbot.keyClicks(dialog.query, "Lopez")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert dialog.selected_code() == target and dialog.ok.isEnabled()
    dialog.query.returnPressed.emit()
    assert dialog.result() == LinkSubjectDialog.DialogCode.Accepted and dialog.choice == target


def test_art_4_2_picker_says_when_nothing_matches_and_offers_a_new_subject(qtbot, desk, complete_fields):
    ref = svc.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    dialog = LinkSubjectDialog(desk, ref=ref, agreement_key="jp-us-1997", agreement_name="JP-US")
    qtbot.addWidget(dialog)
    assert "No subject is recorded" in dialog.summary.text() and not dialog.ok.isEnabled()
    dialog.query.setText("zzz-no-such")
    dialog.refresh()
    assert "New subject" in dialog.summary.text()
    dialog.new_button.click()
    assert dialog.choice is NEW_SUBJECT
