"""Defects an officer's pass over Information & disclosures (Art. 9, 10), Agreements (Art. 14) and
the audit log found, each test named after the rule it guards: restriction flags and dates read
whole at the default size, a refusal names its field and article and records nothing, symbols
are ones the font has, and text the officer typed shows as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.services.agreements.catalogue import give_termination_notice, list_agreements
from app.services.ledger import disclosures as dis
from app.services.ledger import information as inf
from ui.dialogs.disclosure import VERDICT_STYLE, DisclosureDialog
from ui.views.agreements import AgreementsView, TerminationDialog
from ui.views.information import flag_text

PROSECUTOR = "District Public Prosecutors Office (invented)"


def received(desk, **flags):
    """An invented item received from the partner, with the given restriction flags."""
    return inf.add_information_item(desk, direction="received", provider="U.S. CBP (invented)",
                                    title="Invented shipment analysis", **flags)


def dialog(qtbot, desk, codes, authority, purpose) -> DisclosureDialog:
    dlg = DisclosureDialog(desk, codes)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_choice(authority, purpose)
    return dlg


# -- Information & disclosures ---------------------------------------------------------------

def test_art_9_10_all_three_restriction_flags_read_whole_in_the_list_at_the_default_size(window, desk):
    received(desk, confidential=True, no_law_enforcement=True, not_as_evidence=True)
    page = window.show_page("information")
    QApplication.processEvents()
    text = flag_text(page.model.rows[0])
    assert "not evidence 10.1" in text
    needed = page.table.fontMetrics().horizontalAdvance(text)
    assert page.table.columnWidth(5) >= needed + 8  # the cell's margins: no "…" on the last flag
    assert page.table.columnWidth(4) >= 100  # and the title keeps a readable width


def test_art_9_verdict_symbols_are_glyphs_the_dialog_font_has(qtbot, desk):
    item = received(desk)
    dis.add_authority(desk, PROSECUTOR, "prosecutor")
    dlg = dialog(qtbot, desk, [item.code], PROSECUTOR, "customs")
    fm = dlg.verdict.fontMetrics()
    for verdict, (symbol, _colour, _label) in VERDICT_STYLE.items():
        assert fm.inFontUcs4(ord(symbol)), verdict  # "✋" drew an empty box


def test_art_10_1_evidence_to_a_prosecutor_is_refused_citing_the_article_and_nothing_is_recorded(
        qtbot, desk, settle):
    item = received(desk, not_as_evidence=True)
    dis.add_authority(desk, PROSECUTOR, "prosecutor")
    dlg = dialog(qtbot, desk, [item.code], PROSECUTOR, "evidence")
    assert "Forbidden" in dlg.verdict.text()
    assert "Art. 10.1" in dlg.findings.item(0).text()
    assert not dlg.record_button.isEnabled()
    assert "override" in dlg.record_hint.text() and dlg.record_hint.isVisibleTo(dlg)
    assert dlg.findChild(type(dlg.record_button), "disclosure_letter_evidence_cover") is not None
    dlg.record()  # as if the greyed button were pressed anyway
    settle()
    assert dlg.error.text().startswith("Disclosure: forbidden")  # a caption, not the key
    assert dlg.error.text().endswith("(Art. 10.1)")
    assert dis.list_disclosures(desk) == []


def test_art_9_4_greyed_record_button_says_the_law_must_be_named(qtbot, desk):
    item = received(desk)
    dis.add_authority(desk, "Osaka Customs (invented)", "customs")
    dlg = dialog(qtbot, desk, [item.code], "Osaka Customs (invented)", "required_by_law")
    assert "Art. 9.4" in dlg.findings.item(0).text()  # advance notice, before it is recorded
    assert dlg.findChild(type(dlg.record_button), "disclosure_letter_disclosure_notice") is not None
    assert not dlg.record_button.isEnabled()
    assert dlg.record_hint.text().startswith("Legal obligation:") and "9.4" in dlg.record_hint.text()
    dlg.legal_basis.setText("Invented Act, s. 12")
    assert dlg.record_button.isEnabled() and not dlg.record_hint.isVisibleTo(dlg)


def test_art_9_1_use_by_another_authority_says_approval_is_needed_before_recording(qtbot, desk):
    item = received(desk)
    dis.add_authority(desk, "Example Ministry (invented)", "ministry")
    dlg = dialog(qtbot, desk, [item.code], "Example Ministry (invented)", "customs")
    assert "written approval" in dlg.verdict.text() and "Art. 9.1" in dlg.findings.item(0).text()
    assert not dlg.record_button.isEnabled()
    assert dlg.findChild(type(dlg.record_button), "disclosure_letter_approval_request") is not None


def test_art_9_disclosure_dialog_keeps_its_size_with_a_300_character_authority_name(qtbot, desk):
    name = ("<b>Fiscalía</b> 検察庁 🙂 " * 20)[:300]
    item = received(desk)
    dis.add_authority(desk, name, "prosecutor")
    dlg = dialog(qtbot, desk, [item.code], name, "intelligence")
    assert dlg.authority.currentData() == name
    assert dlg.sizeHint().width() < 900  # it was 2,521 px
    assert "&lt;b&gt;Fiscalía" in dlg.authority.toolTip()  # whole on hover, as typed


# -- Agreements (Art. 14) --------------------------------------------------------------------

def test_art_14_2_agreements_show_the_termination_clock_in_days(qtbot, desk):
    give_termination_notice(desk, "jp-us-1997", desk.today())
    view = AgreementsView(desk)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    view.select_key("jp-us-1997")
    row = view.tree.currentItem()
    end = next(a for a in list_agreements(desk) if a.key == "jp-us-1997").termination_on
    assert row.text(7) == f"terminating: {(end - desk.today()).days} days left"
    assert "14.2" in row.toolTip(7)
    fm = view.tree.fontMetrics()
    assert view.tree.columnWidth(5) > fm.horizontalAdvance(row.text(5))  # no "…" on the date


def test_art_14_2_a_second_notice_of_termination_asks_before_replacing_the_first(
        qtbot, desk, monkeypatch):
    first = desk.today()
    give_termination_notice(desk, "jp-us-1997", first)
    view = AgreementsView(desk)
    qtbot.addWidget(view)
    view.select_key("jp-us-1997")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(TerminationDialog, "exec", lambda self: 1)
    assert view.terminate_selected() is False
    assert asked and "already given" in asked[0]
    assert next(a for a in list_agreements(desk) if a.key == "jp-us-1997").termination_notice_on == first


def test_art_14_2_termination_dialog_shows_an_agreement_title_as_typed(qtbot, desk):
    dlg = TerminationDialog("<i>Acuerdo</i> 協定", desk.today())
    qtbot.addWidget(dlg)
    header = dlg.findChildren(QLabel)[0]
    assert "&lt;i&gt;Acuerdo&lt;/i&gt; 協定" in header.text()


# -- Audit log ---------------------------------------------------------------------------------

def test_audit_entity_reads_whole_at_the_default_window_size(window, desk):
    from ui.views.audit import LONG_ENTITY, OVERRIDE_ACTION

    page = window.show_page("audit")
    QApplication.processEvents()
    fm = page.table.fontMetrics()
    assert page.table.columnWidth(4) >= fm.horizontalAdvance(LONG_ENTITY) + 8
    assert page.table.columnWidth(3) >= fm.horizontalAdvance(OVERRIDE_ACTION) + 8


def test_art_9_recording_information_dated_in_the_future_is_refused_under_its_field(qtbot, desk, settle):
    from PySide6.QtCore import QDate

    from ui.views.information_dialog import NewItemDialog

    dlg = NewItemDialog(desk)
    qtbot.addWidget(dlg)
    dlg.provider.setText("<b>Aduana</b> 税関 Señal")
    dlg.title.setText("Invented manifest")
    dlg.received_on.setDate(QDate(2030, 1, 1))
    dlg.save()
    settle()
    assert dlg.created is None
    assert dlg.errors.text("received_on").startswith("Date received: 2030-01-01 is in the future")
    dlg.received_on.setDate(QDate(desk.today()))
    dlg.no_le.setChecked(True)
    dlg.no_le_on.setDate(QDate(2030, 1, 1))
    dlg.save()
    settle()
    assert dlg.created is None
    said = dlg.errors.text("no_law_enforcement_notice_on")
    assert said.startswith("Art. 9.2 notice: 2030-01-01 is in the future")  # caption cites the article
    assert inf.list_information(desk) == []  # nothing half-written
    dlg.no_le_on.setDate(QDate(desk.today()))
    dlg.save()
    settle()
    assert dlg.created.provider == "<b>Aduana</b> 税関 Señal"  # stored as typed


def test_art_9_letter_buttons_of_a_verdict_come_before_the_override_in_the_tab_order(qtbot, desk):
    item = received(desk)
    dis.add_authority(desk, "Example Ministry (invented)", "ministry")
    dlg = dialog(qtbot, desk, [item.code], "Example Ministry (invented)", "customs")
    letter = dlg.findChild(type(dlg.record_button), "disclosure_letter_approval_request")
    order, w = [], dlg.findings.nextInFocusChain()
    while len(order) < 3 and w is not dlg.findings:  # the widgets Tab stops at, in order
        if w.isVisibleTo(dlg) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(w)
        w = w.nextInFocusChain()
    assert order[0] is letter  # it came after Cancel
    assert dlg.override_box in order[1:]


# -- Search (Ctrl+F) ---------------------------------------------------------------------------

def _search(qtbot, window, text: str):
    view = window.show_page("search")
    with qtbot.waitSignal(view.finished, timeout=10_000):
        view.run(text)
    return view


def test_search_enter_on_an_information_hit_opens_the_item_with_its_art_9_flags(qtbot, window):
    item = received(window.desk, confidential=True)
    inf.add_information_item(window.desk, direction="provided", provider="Japan Customs (invented)",
                             title="腕時計の輸出記録 (invented)")
    view = _search(qtbot, window, "腕時計")
    group = view.tree.topLevelItem(0)
    assert group.text(0) == "Information items (1)"  # grouped by kind, counted
    view.tree.setCurrentItem(group.child(0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    page = window.page("information")
    assert window.current_key() == "information" and page.current.title.startswith("腕時計")
    view = _search(qtbot, window, "shipment")
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert page.current.code == item.code and "Confidential (Art. 9.3)" in page.detail.toPlainText()


def test_search_refusing_a_10000_character_query_names_the_search_field(qtbot, window):
    view = _search(qtbot, window, "x" * 10_000)
    assert view.info.text().startswith("Search: is 10,000 characters long")
    assert view.info.sizeHint().width() < 900


# -- Due & overdue -----------------------------------------------------------------------------

def test_art_14_2_a_terminating_agreement_is_named_in_due_and_enter_opens_it(qtbot, window):
    give_termination_notice(window.desk, "jp-us-1997", window.desk.today())
    page = window.show_page("due")
    page.refresh()
    model = page.model
    i = next(i for i in range(model.rowCount()) if model.row_at(i).kind == "termination")
    row = model.row_at(i)
    assert row.texts[3] == "agreement with US"  # it read "jp-us-1997", the store's key
    assert "Art. 14.2" in row.texts[2] and "14.2" in row.texts[4]
    page.table.setCurrentIndex(model.index(i, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_key() == "agreements"
    agreements = window.page("agreements")
    assert agreements.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "jp-us-1997"
    assert agreements.tree.currentItem().text(7).startswith("terminating:")


# -- Written approval (Art. 9.1) ---------------------------------------------------------------

def test_art_9_1_written_approval_recorded_from_the_page_lets_the_disclosure_through(
        qtbot, desk, tmp_path):
    from ui.dialogs.disclosure_approval import ApprovalDialog
    from ui.views.information import InformationView

    item = received(desk)
    dis.add_authority(desk, "Example Ministry (invented)", "ministry")
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert view.approval_btn.isEnabled()
    dlg = ApprovalDialog(desk, item.code)
    qtbot.addWidget(dlg)
    dlg.save()  # no letter on file
    assert dlg.created is None
    assert dlg.errors.text("document").startswith("Approval letter: attach the provider's letter")
    assert dlg.errors.text("document").endswith("(Art. 9.1)")
    assert not dlg.purposes["evidence"].isEnabled()  # Art. 10.2: diplomatic channel only
    letter = tmp_path / "aprobación 承認.txt"
    letter.write_text("Invented approval letter", encoding="utf-8")
    dlg.letter.setText(str(letter))
    dlg.save()  # no purpose ticked
    assert dlg.errors.text("scope").startswith("Purposes approved:") and "9.1" in dlg.errors.text("scope")
    assert inf.get_information(desk, item.code, record_view=False).approvals == ()  # nothing saved
    dlg.purposes["customs"].setChecked(True)
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)  # letter read and stored on a worker
    assert dlg.created is not None and dlg.created.purposes == ("customs",)
    assert dis.check_disclosure(desk, [item.code], "Example Ministry (invented)", "customs").allowed


def test_art_9_1_approval_is_only_for_information_received(qtbot, desk, tmp_path):
    from ui.dialogs.disclosure_approval import ApprovalDialog
    from ui.views.information import InformationView

    ours = inf.add_information_item(desk, direction="provided", provider="Japan Customs (invented)",
                                    title="Invented export record")
    dis.add_authority(desk, "Example Ministry (invented)", "ministry")
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert not view.approval_btn.isEnabled()
    dlg = ApprovalDialog(desk, ours.code)
    qtbot.addWidget(dlg)
    letter = tmp_path / "letter.txt"
    letter.write_text("Invented", encoding="utf-8")
    dlg.letter.setText(str(letter))
    dlg.purposes["customs"].setChecked(True)
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)  # the service refuses on the worker
    assert dlg.created is None
    assert dlg.errors.text("item").startswith("Information: ") and dlg.errors.text("item").endswith("(Art. 9.1)")


def test_art_14_3_review_date_says_how_it_was_computed(qtbot, desk):
    view = AgreementsView(desk)
    qtbot.addWidget(view)
    view.select_key("jp-us-1997")
    assert "+5 years (Art. 14.3)" in view.tree.currentItem().toolTip(6)
    view.select_key("jp-mx-2017")  # no entry into force recorded: no date, and it says so
    assert view.tree.currentItem().text(6) == "—"
    assert view.tree.currentItem().text(7) == "entry into force not recorded"


def test_art_9_4_notice_for_an_item_without_a_request_says_why_naming_the_field(qtbot, desk):
    from ui.dialogs.disclosure_letters import letter_request_ref, open_disclosure_letter

    item = received(desk)  # received outside any request
    ref, why = letter_request_ref(desk, [item.code])
    assert ref is None and why.startswith(f"Information: {item.code} came without a request")
    assert open_disclosure_letter(desk, "disclosure_notice", [item.code], show=False) is None


def test_art_9_4_notice_letter_takes_the_legal_obligation_typed_in_the_disclosure_dialog(
        qtbot, desk, monkeypatch):
    import ui.dialogs.disclosure_letters as letters
    from app.services.requests.commands import register_incoming
    from ui.views.information import InformationView

    req = register_incoming(desk, "jp-us-1997", {
        "title": "Invented", "bases": ["4.1(a)(i)"],
        "requesting_administration": "U.S. CBP (invented)", "nature_of_proceedings": "Inquiry",
        "object_and_reason": "Invented", "description_and_legal_elements": "Invented"})
    item = inf.add_information_item(desk, direction="received", provider="U.S. CBP (invented)",
                                    title="Invented manifest", request_ref=req.our_ref)
    dis.add_authority(desk, "Osaka Customs (invented)", "customs")
    dlg = dialog(qtbot, desk, [item.code], "Osaka Customs (invented)", "required_by_law")
    dlg.legal_basis.setText("Ley inventada 第12条")
    opened = []
    real = letters.open_disclosure_letter
    monkeypatch.setattr(letters, "open_disclosure_letter",
                        lambda *a, **k: opened.append(real(*a, **dict(k, show=False))))
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.open_letter(dlg, "disclosure_notice", [item.code])
    letter = opened[-1]
    qtbot.addWidget(letter)
    assert letter.letter_inputs()["legal_basis"] == "Ley inventada 第12条"  # not typed twice
    assert letter.letter_inputs()["authority"] == "Osaka Customs (invented)"
    assert letter.letter_inputs()["disclosure_date"] == desk.today().isoformat()


def test_art_9_4_a_disclosure_required_by_law_is_listed_in_words_with_its_article(qtbot, desk):
    from ui.views.information import InformationView

    item = received(desk)
    dis.add_authority(desk, "Osaka Customs (invented)", "customs")
    dis.disclose(desk, [item.code], "Osaka Customs (invented)", "required_by_law",
                 legal_basis="Invented Act, s. 12")
    view = InformationView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    cell = view.disclosures.item(0, 2)
    assert cell.text() == "by law (9.4)"  # it read "required_by_law"
    assert "disclosure required by law (Art. 9.4)" in cell.toolTip()


def test_art_14_2_agreements_page_fits_a_laptop_screen_beside_the_navigation(qtbot, desk):
    view = AgreementsView(desk)
    qtbot.addWidget(view)
    assert view.minimumSizeHint().width() < 600  # the hint line alone made it 904 px


def test_art_14_2_a_notice_dated_before_signature_is_refused_naming_the_field(qtbot, desk, monkeypatch, settle):
    from PySide6.QtCore import QDate

    view = AgreementsView(desk)
    qtbot.addWidget(view)
    view.select_key("jp-us-1997")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))

    def officer(dialog):
        dialog.date.setDate(QDate(1990, 1, 1))
        return 1

    monkeypatch.setattr(TerminationDialog, "exec", officer)
    assert view.terminate_selected() is True  # sent to be recorded: the service refuses it
    settle()
    assert warned == [("Notice given on: 1990-01-01 is before the agreement was signed "
                       "(1997-06-17) (Art. 14.2)")]
    assert next(a for a in list_agreements(desk) if a.key == "jp-us-1997").termination_notice_on is None
