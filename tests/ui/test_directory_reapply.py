"""Reload and reapply in the directory's forms (designated officials, partner administrations,
domestic authorities): a save on a stale read is refused with the officer's text kept, and the
officer's own changes go back on top of what another officer saved. The other officer is the
service called directly, as a second desk would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.agreements import directory
from app.services.ledger.disclosures import add_authority, list_authorities
from ui.dialogs.directory import AdministrationDialog, DomesticAuthorityDialog, OfficialDialog


def _official(desk):
    return directory.add_official(desk, agreement="jp-us-1997", name="Pat Example (invented)",
                                  title="Liaison officer", email="pat@example.invalid",
                                  phone="+1 555 0100")


def test_art_7_3_stale_official_save_reloads_and_reapplies_the_officers_changes(qtbot, desk, settle):
    made = _official(desk)
    view = next(o for o in directory.list_officials(desk) if o.id == made)
    dialog = OfficialDialog(desk, None, view)
    qtbot.addWidget(dialog)
    dialog.email.setText("mine@example.invalid")  # this officer's change ...
    dialog.titles["en"].setText("Senior liaison officer (mine)")
    directory.edit_official(desk, view.id, phone="+1 555 0199",  # ... while another saves
                            title="Deputy liaison officer (theirs)", expected_version=view.version)

    dialog.save()
    settle()
    assert dialog.result_value is None  # refused: nothing stored, the form stays
    assert "changed by another officer" in dialog.problem.text()
    assert dialog.email.text() == "mine@example.invalid"  # the officer's text kept
    assert dialog.button_reapply.isVisibleTo(dialog)

    qtbot.mouseClick(dialog.button_reapply, Qt.MouseButton.LeftButton)
    assert dialog.phone.text() == "+1 555 0199"  # the other officer's change, shown
    assert dialog.email.text() == "mine@example.invalid"  # this officer's, on top
    assert dialog.titles["en"].text() == "Senior liaison officer (mine)"  # both changed: mine kept ...
    mark = dialog.errors.text("title")
    assert "Deputy liaison officer (theirs)" in mark  # ... and marked with theirs to compare
    assert not dialog.button_reapply.isVisibleTo(dialog)

    dialog.save()
    settle()
    stored = next(o for o in directory.list_officials(desk) if o.id == view.id)
    assert (stored.email, stored.phone, stored.title) == (
        "mine@example.invalid", "+1 555 0199", "Senior liaison officer (mine)")


def test_stale_administration_save_keeps_the_other_officers_address_and_this_officers_name(
        qtbot, desk, settle):
    made = directory.add_administration(desk, name="Example Customs (invented)", country="US",
                                        address="1 Example Way (invented)")
    view = next(a for a in directory.administrations(desk) if a.id == made)
    dialog = AdministrationDialog(desk, None, view)
    qtbot.addWidget(dialog)
    dialog.names["ja"].setText("架空税関")
    directory.edit_administration(desk, view.id, address="2 Other Street (invented)",
                                  expected_version=view.version)
    dialog.save()
    settle()
    assert dialog.button_reapply.isVisibleTo(dialog)
    result = dialog.reload_and_reapply()
    assert result is not None and not result.conflicts
    assert dialog.address.toPlainText() == "2 Other Street (invented)"
    assert dialog.names["ja"].text() == "架空税関"
    dialog.save()
    settle()
    stored = next(a for a in directory.administrations(desk) if a.id == view.id)
    assert (stored.address, stored.names.get("ja")) == ("2 Other Street (invented)", "架空税関")


def test_art_9_stale_authority_save_reloads_and_reapplies(qtbot, desk, settle):
    made = add_authority(desk, "Example Police (invented)", "police", country="JP")
    view = next(a for a in list_authorities(desk, include_inactive=True) if a.id == made.id)
    dialog = DomesticAuthorityDialog(desk, None, view)
    qtbot.addWidget(dialog)
    dialog.names["ja"].setText("架空警察（こちら）")
    directory.edit_authority(desk, view.id, names={"ja": "架空警察（あちら）"}, expected_version=view.version)
    dialog.save()
    settle()
    assert dialog.button_reapply.isVisibleTo(dialog)
    result = dialog.reload_and_reapply()
    assert result is not None and set(result.conflicts) == {("names", "ja")}
    assert dialog.names["ja"].text() == "架空警察（こちら）"
    assert "架空警察（あちら）" in dialog.errors.text("names.ja")
    assert dialog.problem.text().startswith("Reloaded")


def test_stale_agreement_save_reloads_and_reapplies_the_officers_changes(qtbot, desk, settle):
    from app.services.agreements.catalogue import get_spec, list_agreements, save_agreement
    from app.treaty.catalogue import agreement_to_dict
    from ui.dialogs.agreement_edit import AgreementDialog

    dialog = AgreementDialog(desk, "jp-us-1997")
    qtbot.addWidget(dialog)
    dialog.inputs["ref_prefix"].setText("JM")  # this officer's changes ...
    dialog.inputs["short_title"].setText("Japan-US (mine, invented)")
    opened = next(a for a in list_agreements(desk) if a.key == "jp-us-1997")
    raw = agreement_to_dict(get_spec(desk, "jp-us-1997"))  # ... while another officer saves
    save_agreement(desk, {**raw, "in_force_on": "1997-07-01", "short_title": "Japan-US (theirs, invented)"},
                   expected_version=opened.version)

    dialog.save()
    settle()
    assert dialog.saved_view is None and dialog.button_reapply.isVisibleTo(dialog)
    assert dialog.inputs["ref_prefix"].text() == "JM"  # the officer's text kept

    result = dialog.reload_and_reapply()
    assert result is not None and set(result.conflicts) == {("short_title",)}
    assert dialog.inputs["in_force_on"].text() == "1997-07-01"  # theirs, shown
    assert dialog.inputs["ref_prefix"].text() == "JM"  # mine, on top
    assert dialog.inputs["short_title"].text() == "Japan-US (mine, invented)"
    assert "Japan-US (theirs, invented)" in dialog.errors.text("short_title")

    dialog.save()
    settle()
    assert dialog.saved_view is not None
    spec = get_spec(desk, "jp-us-1997")
    assert (spec.ref_prefix, spec.short_title, str(spec.in_force_on)) == (
        "JM", "Japan-US (mine, invented)", "1997-07-01")


def test_reload_and_reapply_in_the_directory_speaks_japanese(qapp, qtbot, desk, settle):
    from tests.ui.language import in_language

    made = _official(desk)
    with in_language(qapp, "ja"):
        view = next(o for o in directory.list_officials(desk) if o.id == made)
        dialog = OfficialDialog(desk, None, view)
        qtbot.addWidget(dialog)
        dialog.titles["en"].setText("Senior liaison officer (mine)")
        directory.edit_official(desk, view.id, title="Deputy (theirs)", expected_version=view.version)
        dialog.save()
        settle()
        assert dialog.reload_and_reapply() is not None
        assert dialog.problem.text().startswith("別の職員が保存した内容を読み込み直し")
        assert "1項目" in dialog.problem.text()
        assert dialog.errors.text("title").startswith("別の職員もこの項目を変更しました")


def test_stale_refusal_names_the_record_in_japanese(qapp, qtbot, desk, settle):
    from tests.ui.language import in_language

    made = _official(desk)
    with in_language(qapp, "ja"):
        view = next(o for o in directory.list_officials(desk) if o.id == made)
        dialog = OfficialDialog(desk, None, view)
        qtbot.addWidget(dialog)
        directory.edit_official(desk, view.id, phone="+1 555 0123", expected_version=view.version)
        dialog.save()
        settle()
        assert dialog.problem.text().startswith("指定職員 Pat Example (invented)")
        assert "開いた後に別の職員が変更しました" in dialog.problem.text()
