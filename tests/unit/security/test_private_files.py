"""Every file the desk makes is its owner's alone (0600, folders 0700) whatever the umask, and an
output path never reaches the store's own files, a device or a pipe, nor follows a planted link."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.cli import main
from app.security import files

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


PASSPHRASE = "private files test passphrase"


@pytest.fixture(autouse=True)
def export_passphrase(monkeypatch):
    """Exports are encrypted by default: their passphrase, as a headless run gives it."""
    monkeypatch.setenv("LIAISON_DESK_EXPORT_PASSPHRASE", "export passphrase for these tests")


def mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


@pytest.fixture(params=[0o022, 0o002], ids=["umask022", "umask002"])
def umask(request):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def test_a_new_store_its_key_file_backups_exports_and_letters_are_private(
        umask, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "desk" / "data"
    assert main(["init", "--data-dir", str(data), "--key-store", "passphrase"]) == 0
    assert mode(data) == 0o700 and mode(data.parent) == 0o700  # the parent was made by init too
    assert mode(data / "desk.db") == 0o600
    assert mode(data / "keyinfo.json") == 0o600
    assert main(["backup", "--data-dir", str(data)]) == 0
    (rolling,) = (data / "backups").glob("desk-*.tar")
    assert mode(data / "backups") == 0o700 and mode(rolling) == 0o600
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("LIAISON_DESK_EXPORT_PASSPHRASE", "export passphrase long enough")
    assert main(["export", "--data-dir", str(data), "--out", str(out / "desk.json")]) == 0
    assert main(["backup", "--data-dir", str(data), "--out", str(out / "copy.db")]) == 0
    assert main(["agreement", "export", "jp-us-1997", "--data-dir", str(data),
                 "--out", str(out / "jp-us.json")]) == 0
    capsys.readouterr()
    for made in out.iterdir():
        assert mode(made) == 0o600, made.name
    assert not list(out.glob(".*.part")) and not list(data.glob(".*.part"))


def test_a_letter_written_to_a_file_is_private(umask, desk, letter_refs, tmp_path, capsys):
    out = tmp_path / "ack.pdf"
    assert main(["print", letter_refs["received"], "--letter", "acknowledgement", "--draft",
                 "--out", str(out), "--data-dir", str(desk.db.data_dir)]) == 0
    assert mode(out) == 0o600


def test_the_log_and_its_rotations_are_private(umask, tmp_path):
    import logging

    from ui import errors

    logger = errors.setup_logging(tmp_path / "data")
    path = errors.log_path(tmp_path / "data")
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    handler = next(h for h in logger.handlers if getattr(h, "baseFilename", None) == str(path))
    logger.log(logging.INFO, "before rotation")
    handler.doRollover()
    logger.log(logging.INFO, "after rotation")
    assert mode(path) == 0o600 and mode(path.with_name(path.name + ".1")) == 0o600


def test_a_data_dir_made_world_readable_earlier_is_narrowed_when_opened(desk, tmp_path):
    from app.services import open_desk

    data = desk.db.data_dir
    desk.db.close()
    os.chmod(data, 0o755)
    for name in ("desk.db", "keyinfo.json"):
        os.chmod(data / name, 0o644)
    open_desk(data, actor="Officer Test").db.close()
    assert mode(data) == 0o700
    assert mode(data / "desk.db") == 0o600 and mode(data / "keyinfo.json") == 0o600


@pytest.fixture
def store(desk):
    data = desk.db.data_dir
    desk.db.close()
    return data


def _refused(capsys, argv) -> str:
    rc = main(argv)
    err = capsys.readouterr().err
    assert rc == 2, err
    assert len(err.strip().splitlines()) == 1 and "out:" in err
    return err


@pytest.mark.parametrize("command", [["export"], ["backup"]])
@pytest.mark.parametrize("name", ["keyinfo.json", "desk.db"])
def test_output_into_the_data_dir_is_refused_and_the_store_still_opens(store, capsys, command, name):
    from app.services import open_desk

    before = (store / name).read_bytes()
    err = _refused(capsys, [*command, "--data-dir", str(store), "--out", str(store / name), "--force"])
    assert "inside the data dir" in err
    assert (store / name).read_bytes() == before
    open_desk(store, actor="Officer Test").db.close()


def test_output_through_a_symlink_into_the_data_dir_is_refused(store, tmp_path, capsys):
    link = tmp_path / "innocent.json"
    link.symlink_to(store / "keyinfo.json")
    before = (store / "keyinfo.json").read_bytes()
    _refused(capsys, ["export", "--data-dir", str(store), "--out", str(link), "--force"])
    assert (store / "keyinfo.json").read_bytes() == before


def test_output_to_a_device_or_a_pipe_is_refused_and_left_as_it_is(store, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    err = _refused(capsys, ["export", "--data-dir", str(store), "--out", str(fifo), "--force"])
    assert "not a regular file" in err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    _refused(capsys, ["backup", "--data-dir", str(store), "--out", os.devnull, "--force"])
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_planted_part_file_or_symlink_beside_the_output_is_never_followed(store, tmp_path, capsys):
    out = tmp_path / "copy.db"
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    for planted in (out.with_name(out.name + ".part"), tmp_path / f".{out.name}.part"):
        planted.symlink_to(victim)
    assert main(["backup", "--data-dir", str(store), "--out", str(out)]) == 0, capsys.readouterr().err
    assert victim.read_text() == "not yours"
    assert out.is_file() and not out.is_symlink() and mode(out) == 0o600


def test_a_temporary_file_is_made_exclusively_never_over_an_existing_one(tmp_path, monkeypatch):
    monkeypatch.setattr(files.secrets, "token_hex", lambda _n: "fixed")
    planted = tmp_path / ".out.bin.fixed.part"
    planted.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(files.OutputRefused):
        files.write_private(tmp_path / "out.bin", b"data")
    assert not (tmp_path / "elsewhere").exists() and not (tmp_path / "out.bin").exists()
