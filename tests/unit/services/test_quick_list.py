"""The first-paint reader (plain sqlcipher3) shows exactly the rows the SQL paging service shows."""

from __future__ import annotations

from datetime import date

import pytest
import sqlcipher3

from app.services import quick_list
from app.services.requests import listing as rl
from app.services.agreements.catalogue import give_termination_notice
from app.services.requests.list_rows import ListFilter
from app.services.admin.settings import DEFAULTS, set_setting
from app.store import db
from bench.ui import fill_requests

TODAY = date(2026, 11, 20)


@pytest.fixture
def quick(desk):
    """A desk with 400 invented requests (some oral, one agreement under notice, Art. 14.2) and a
    quick reader over the same file."""
    fill_requests(desk, 400, seed=11)
    give_termination_notice(desk, "jp-mx-2017", "2026-09-01")
    set_setting(desk, "due_soon_days", 12)
    reader = quick_list.QuickList(quick_list.connect(desk.db.data_dir, desk.db._key),  # noqa: SLF001
                                  today=desk.today)
    yield reader
    reader.close()


@pytest.mark.parametrize("group", ["incoming", "outgoing", "spontaneous", "all"])
@pytest.mark.parametrize("key", ["ref", "their_ref", "basis", "title", "status", "due", "officer"])
@pytest.mark.parametrize("descending", [True, False])
def test_first_paint_page_equals_service_page(desk, quick, group, key, descending):
    """Same rows, same order, same clock states (overdue, Art. 14.2 cap, Art. 7.1 oral) and the
    same count for every group and every sort the quick reader accepts."""
    flt = ListFilter(group=group, today=TODAY)
    assert quick.count(flt) == rl.count(desk, flt)
    for offset in (0, 100):
        mine = quick.page(flt, key, descending, offset, 100)
        theirs = rl.page(desk, flt, key, descending, offset, 100)
        assert mine == theirs
    assert any(r.due_state == "overdue" for r in rl.page(desk, ListFilter(group="all"), "ref", False, 0, 400))


def test_first_paint_default_view_uses_todays_clock(desk, quick):
    """Without a date in the filter both read the desk's today (the injected clock)."""
    flt = ListFilter(group="incoming")
    assert quick.page(flt, "ref", True) == rl.page(desk, flt, "ref", True)


@pytest.mark.parametrize("flt,key", [
    (ListFilter(group="incoming", statuses=("refused",)), "ref"),
    (ListFilter(group="incoming", flags=("overdue",)), "ref"),
    (ListFilter(group="incoming"), "partner"),
    (ListFilter(group="sideways"), "ref"),
])
def test_first_paint_refuses_views_it_cannot_reproduce(quick, flt, key):
    """Chips, partner order and unknown groups are left to the full desk, never guessed."""
    with pytest.raises(quick_list.QuickUnsupported):
        quick.page(flt, key, True)


def test_first_paint_connection_is_read_only(quick):
    """The quick connection cannot write to the store."""
    with pytest.raises(Exception, match="(?i)readonly|read-only|query_only"):
        quick.conn.execute("DELETE FROM request")


def test_first_paint_wrong_key_does_not_open(desk):
    """A wrong key is refused at connect, not later in a query."""
    with pytest.raises(sqlcipher3.DatabaseError):
        quick_list.connect(desk.db.data_dir, b"\x00" * 32)


def test_first_paint_constants_follow_the_store_and_settings():
    """The file name and the 'due soon' default are those of the store and the settings."""
    assert quick_list.STORE_FILE == db.DB_NAME
    assert quick_list.DUE_SOON_DEFAULT == DEFAULTS["due_soon_days"]
