"""Words, not codes, in the audit log: every action has words, an entry reads as "what changed:
field: before → after" (the value before taken from the log, never guessed), and grounds read
as the catalogue's words (Art. 11)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from app.cli import main
from app.cli.audit_words import ACTION_WORDS, action_words, what_changed_lines
from app.services.admin.audit_log import AuditFilter, AuditRow, audit_page, what_changed
from app.services.admin.settings import set_setting
from app.services.agreements.grounds import grounds_by_code
from app.services.requests import commands as rq
from app.treaty.lifecycle import Status

ROOT = Path(__file__).resolve().parents[3]

#: Actions built at run time, by (file, expression): every value the expression can take.
DYNAMIC = {
    ("app/services/requests/commands.py", "action"): [
        "request.register_incoming", "request.draft_outgoing", "request.record_spontaneous"],
    ("app/services/requests/commands.py", "f'request.{tgt.value}'"): [
        f"request.{s.value}" for s in Status],
    ("app/services/ledger/disclosures.py", "action"): ["disclosure.record", "disclosure.override"],
    ("app/services/ledger/information.py", "action"): ["information.add", "information.correct"],
    ("app/services/ledger/information.py", "f'information.{action}'"): [
        "information.export", "information.print"],
    ("app/services/admin/demo.py", "DEMO_MARK"): ["demo.load"],
}


def audit_actions() -> set[str]:
    """Every action a ``unit_of_work(...)`` call of the code can write. A call whose action is
    neither a literal nor listed in ``DYNAMIC`` fails the test: its words cannot be checked."""
    found: set[str] = set()
    unknown: list[str] = []
    for folder in ("app", "ui", "tools", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "unit_of_work" and node.args):
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
                    continue
                key = (rel, ast.unparse(arg))
                if key in DYNAMIC:
                    found.update(DYNAMIC[key])
                else:
                    unknown.append(f"{rel}: unit_of_work({ast.unparse(arg)}, …)")
    assert not unknown, f"actions built at run time that DYNAMIC does not list: {unknown}"
    return found


def test_every_audit_action_written_anywhere_has_words():
    actions = audit_actions()
    assert {"request.edit", "request.refused", "document.generate", "setting.set"} <= actions
    missing = sorted(actions - ACTION_WORDS.keys())
    assert not missing, f"audit actions without words (app/cli/audit_words.py, ui/widgets/labels.py): {missing}"


def test_an_unknown_action_still_reads_as_words():
    assert action_words("directory.merge_officials") == "Directory: merge officials"
    assert action_words("request.refused") == "Status changed: refused"


def _last(desk, action: str) -> AuditRow:
    return audit_page(desk, AuditFilter(action=action), limit=1)[0]


def test_an_edit_reads_before_and_after_with_the_value_before_taken_from_the_log(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.edit_request(desk, ref, {"title": "First new title (invented)", "notes": "first note"})
    rq.edit_request(desk, ref, {"title": "Second new title (invented)",
                                "their_ref": complete_fields["their_ref"]})
    changes = {c.field: c for c in what_changed(desk, _last(desk, "request.edit"))}
    assert (changes["title"].before, changes["title"].after) == (
        "First new title (invented)", "Second new title (invented)")
    assert "their_ref" not in changes  # given again, unchanged: not a change
    lines = what_changed_lines(desk, _last(desk, "request.edit"), {})
    assert lines == ["Title: First new title (invented) → Second new title (invented)"]


def test_an_edit_of_a_field_empty_since_the_record_was_made_reads_from_empty(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.edit_request(desk, ref, {"notes": "a note (invented)"})
    assert what_changed_lines(desk, _last(desk, "request.edit"), {}) == ["Notes: — → a note (invented)"]


def test_art_11_a_refusal_reads_the_status_move_and_its_grounds_in_words(desk, complete_fields):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.transition(desk, ref, "refused", grounds=["11.1-substantial-interest"],
                  statement="Invented statement of reasons.")
    lines = what_changed_lines(desk, _last(desk, "request.refused"), grounds_by_code(desk))
    assert lines == ["Status: received → refused",
                     "Grounds: Art. 11.1 — Infringes another substantial interest",
                     "Statement of reasons: Invented statement of reasons."]


def test_a_setting_set_for_the_first_time_reads_from_its_default(desk):
    set_setting(desk, "idle_lock_minutes", 15)
    set_setting(desk, "profile", {"name": "Kenji SATO (invented)", "title": "", "signature": "",
                                  "administration_id": None})
    set_setting(desk, "profile", {"name": "Kenji SATO (invented)", "title": "Liaison officer",
                                  "signature": "", "administration_id": None})
    rows = audit_page(desk, AuditFilter(action="setting.set"), limit=3, newest_first=False)
    assert what_changed_lines(desk, rows[0], {}) == ["Lock after idle minutes: 10 → 15"]
    assert what_changed_lines(desk, rows[1], {}) == ["Profile: name: — → Kenji SATO (invented)"]
    assert what_changed_lines(desk, rows[2], {}) == ["Profile: title: — → Liaison officer"]


def test_a_value_before_that_the_log_does_not_hold_is_said_not_guessed(desk):
    row = AuditRow(10_000, _last(desk, "store.init").at, "Officer Test", "request.edit", "request",
                   "JC-US-2026-9999", {"title": "Imported title (invented)"})
    assert what_changed_lines(desk, row, {}) == [
        "Title: (before: not in the log) → Imported title (invented)"]


def test_cli_audit_prints_actions_and_what_changed_in_words_never_codes_or_json(
        desk, complete_fields, capsys):
    ref = rq.register_incoming(desk, "jp-us-1997", complete_fields).our_ref
    rq.transition(desk, ref, "refused", grounds=["11.1-public-policy"],
                  statement="Invented statement of reasons.")
    data_dir = str(desk.test_data_dir)
    desk.db.close()
    assert main(["--data-dir", data_dir, "audit"]) == 0
    out = capsys.readouterr().out
    assert "Status changed: refused" in out and f"Request {ref}" in out
    assert "Status: received → refused" in out
    assert "Grounds: Art. 11.1 — Contrary to public policy" in out
    assert "request.refused" not in out and "11.1-public-policy" not in out and "{" not in out
    assert main(["--data-dir", data_dir, "audit", "--json"]) == 0  # scripts keep the codes
    assert json.loads(capsys.readouterr().out)[-1]["action"] == "request.refused"


@pytest.mark.parametrize("code", ["11.1-substantial-interest", "7.2-incomplete", "outside-scope"])
def test_art_11_every_ground_of_the_catalogue_reads_with_its_article(desk, code):
    from app.services.agreements.grounds import ground_text

    ground = grounds_by_code(desk, "jp-us-1997")[code]
    assert ground_text(code, ground) == f"Art. {ground.article} — {ground.label}"
    assert ground_text("no-such-ground", None) == "no-such-ground"  # never dropped
