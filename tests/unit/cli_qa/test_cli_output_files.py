"""QA of --out: an existing file is not replaced without --force, a missing folder is not created,
and Ctrl+C leaves no half-written file (exit 130)."""

from __future__ import annotations

import os

import pytest

from app.cli import main


@pytest.fixture(autouse=True)
def export_passphrase(monkeypatch):
    """Exports are encrypted by default: their passphrase, as a headless run gives it."""
    monkeypatch.setenv("LIAISON_DESK_EXPORT_PASSPHRASE", "export passphrase for these tests")


@pytest.fixture
def store(desk, letter_refs):
    refs = letter_refs
    return str(desk.test_data_dir), refs["received"]


def _run(capsys, *argv: str) -> tuple[int, str]:
    rc = main(list(argv))
    return rc, capsys.readouterr().err


@pytest.mark.parametrize("command", [
    ["print", "{ref}", "--letter", "acknowledgement"],
    ["export"],
    ["backup"],
])
def test_existing_out_file_is_not_overwritten_without_force(store, tmp_path, capsys, command):
    d, ref = store
    out = tmp_path / "kept.bin"
    out.write_bytes(b"signed copy")
    argv = [a.format(ref=ref) for a in command] + ["--out", str(out), "--data-dir", d]
    rc, err = _run(capsys, *argv)
    assert rc == 2 and "out: " in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert out.read_bytes() == b"signed copy"
    rc, err = _run(capsys, *argv, "--force")
    assert rc == 0, err
    assert out.read_bytes() != b"signed copy"


def test_existing_out_file_refused_before_a_final_letter_is_stored(store, tmp_path, capsys):
    d, ref = store
    out = tmp_path / "ack.pdf"
    out.write_bytes(b"x")
    assert _run(capsys, "print", ref, "--letter", "acknowledgement", "--out", str(out), "--data-dir", d)[0] == 2
    assert main(["documents", ref, "--data-dir", d]) == 0
    assert "no documents" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["backup"], ["export"]])
def test_out_in_a_missing_folder_is_refused_and_the_folder_not_created(store, tmp_path, capsys, command):
    d, _ref = store
    out = tmp_path / "no-such-folder" / "file.db"
    rc, err = _run(capsys, *command, "--out", str(out), "--data-dir", d)
    assert rc == 2 and err.startswith("liaison-desk: out: folder ") and "does not exist" in err
    assert not out.parent.exists()


@pytest.mark.parametrize("command", [["export"], ["backup"]])
def test_ctrl_c_mid_export_or_backup_exits_130_and_leaves_no_partial_file(
        store, tmp_path, capsys, monkeypatch, command):
    from app.security import files

    d, _ref = store

    def interrupted_rename(src, dst):  # the temporary file is whole; Ctrl+C before it is renamed
        assert os.path.exists(src)
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupted_rename)
    (folder := tmp_path / "usb").mkdir()
    rc, err = _run(capsys, *command, "--out", str(folder / "copy.bin"), "--data-dir", d)
    assert rc == 130 and "interrupted" in err
    assert os.listdir(folder) == []


def test_ctrl_c_while_a_letter_file_is_written_leaves_no_temporary_file(tmp_path, monkeypatch):
    from app.security import files

    def interrupted_fsync(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted_fsync)
    (folder := tmp_path / "letters").mkdir()
    with pytest.raises(KeyboardInterrupt):
        files.write_private(folder / "letter.pdf", b"%PDF-1.4 half")
    assert os.listdir(folder) == []
