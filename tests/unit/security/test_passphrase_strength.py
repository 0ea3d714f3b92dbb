"""A passphrase that protects data is at least 12 characters and not easy to guess (zxcvbn), for
a new store, an unlock passphrase and an export alike."""

from __future__ import annotations

import pytest

from app.security.strength import check_passphrase


@pytest.mark.parametrize("weak", ["password", " " * 8, "password1234", "qwertyuiopasdf",
                                  "aaaaaaaaaaaaaaaa", "123456789012"])
def test_a_common_short_or_patterned_passphrase_is_refused_naming_the_field(weak):
    with pytest.raises(ValueError) as info:
        check_passphrase("passphrase", weak)
    assert str(info.value).startswith("passphrase: ") and "\n" not in str(info.value)


@pytest.mark.parametrize("strong", ["several unrelated invented words", "Tokyo harbour kite 1997?"])
def test_several_unrelated_words_are_accepted(strong):
    assert check_passphrase("passphrase", strong) == strong


def test_a_new_store_refuses_a_weak_passphrase_and_leaves_no_store(tmp_path):
    from app.services import init_store
    from app.store.db import StoreError

    with pytest.raises((ValueError, StoreError), match="passphrase: "):
        init_store(tmp_path / "data", method="passphrase", passphrase="password1234")
    assert not (tmp_path / "data" / "desk.db").exists()


def test_an_export_refuses_a_weak_passphrase(desk):
    from app.interchange import InterchangeError, export_store

    with pytest.raises(InterchangeError, match="^passphrase: too easy to guess"):
        export_store(desk, passphrase="qwertyuiopasdf")
