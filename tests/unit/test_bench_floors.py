"""The bench's floors must do the work they stand for: a floor that did less would make every
ratio against it look worse than it is (and one that did nothing would prove nothing)."""

from __future__ import annotations

import os

import pytest

from bench import ui as ui_bench
from bench.ui import fill_requests

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def test_store_floor_child_opens_the_encrypted_store_it_is_given(desk, data_dir):
    fill_requests(desk, 40, seed=3)
    desk.db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIAISON_DESK_DATA_DIR": str(data_dir),
           "BENCH_STORE_KEY": desk.db._key.hex()}
    assert ui_bench._process_ms(ui_bench._TABLE_STORE, env) > 0
    with pytest.raises(RuntimeError):  # a wrong key cannot read the file: the floor really decrypts
        ui_bench._process_ms(ui_bench._TABLE_STORE, {**env, "BENCH_STORE_KEY": "00" * 32})


def test_stack_yardstick_child_reads_the_store_through_sqlalchemy_and_a_keyring(desk, data_dir):
    fill_requests(desk, 40, seed=3)
    desk.db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIAISON_DESK_DATA_DIR": str(data_dir),
           "BENCH_STORE_KEY": desk.db._key.hex()}
    assert "import sqlalchemy" in ui_bench._TABLE_STORE_STACK
    assert ui_bench._process_ms(ui_bench._TABLE_STORE_STACK, env) > 0
    with pytest.raises(RuntimeError):  # the key the keyring hands over really opens the file
        ui_bench._process_ms(ui_bench._TABLE_STORE_STACK, {**env, "BENCH_STORE_KEY": "00" * 32})
