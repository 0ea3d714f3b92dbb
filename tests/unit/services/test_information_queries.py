"""Issue 3 item 7: the Information & disclosures page reads a page of items in a bounded number of
queries (it ran one or two per item: ~200 ms on the bench store), with the same request
references, corrected entries (Art. 9/10 ledger is append-only) and replacements as before."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event, select

from app.services.ledger.information import (
    _corrected_by,
    add_information_item,
    attach_document,
    correct_information_item,
    get_information,
    list_information,
)
from app.services.requests import commands as rq
from app.store.models import InformationItem, Request

PAGE = 200


@contextmanager
def counted(desk):
    """The SELECT statements the store runs inside the block."""
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_rest):  # SQLAlchemy event signature
        if statement.lstrip().upper().startswith("SELECT"):  # not BEGIN/ROLLBACK
            seen.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", count)


def _fill(desk, complete_fields, n: int) -> list[str]:
    """``n`` invented items spread over three requests (rows written directly: the service's
    one-transaction-per-item would make the test slow, not more telling)."""
    refs = [rq.register_incoming(desk, "jp-us-1997", dict(complete_fields, their_ref=f"T-{i}")).our_ref
            for i in range(3)]
    with desk.db.write() as s:
        req_ids = [s.execute(select(Request.id).where(Request.our_ref == r)).scalar_one() for r in refs]
        for i in range(n):
            s.add(InformationItem(
                code=f"I-{i + 1:05d}", direction=("received", "provided")[i % 2],
                provider="Example Customs (invented)", title=f"Invented item {i}",
                request_id=req_ids[i % 4] if i % 4 < 3 else None, received_on=desk.today(),
                confidential=i % 3 == 0, not_as_evidence=True, actor="Officer Test"))
    return refs


def test_information_list_reads_a_page_of_200_items_in_a_bounded_number_of_queries(desk, complete_fields):
    _fill(desk, complete_fields, PAGE + 20)
    first = add_information_item(desk, direction="received", provider="Example Customs (invented)",
                                 title="Entry with a typo")
    correct_information_item(desk, first.code, "typo in the title", title="Entry corrected")
    for include_corrected in (False, True):
        with counted(desk) as big:
            rows = list_information(desk, include_corrected=include_corrected, limit=PAGE)
        with counted(desk) as small:
            list_information(desk, include_corrected=include_corrected, limit=10)
        assert len(rows) == PAGE
        # The page, its requests, the entries it corrects, the corrections replacing it.
        assert len(big) <= 4, big
        assert len(big) == len(small)  # does not grow with the page


def test_art_9_page_shows_each_items_request_correction_and_replacement_as_its_own_record(
        desk, complete_fields):
    refs = _fill(desk, complete_fields, 30)
    a = add_information_item(desk, direction="received", provider="Example Customs (invented)",
                             title="First entry", request_ref=refs[1])
    b = correct_information_item(desk, a.code, "wrong date", title="Second entry")
    c = correct_information_item(desk, b.code, "wrong provider", provider="Other Customs (invented)")
    shown = {v.code: v for v in list_information(desk, include_corrected=True)}
    assert (shown[a.code].corrects, shown[a.code].corrected_by) == (None, b.code)
    assert (shown[b.code].corrects, shown[b.code].corrected_by) == (a.code, c.code)
    assert (shown[c.code].corrects, shown[c.code].corrected_by) == (b.code, None)
    assert shown[c.code].request_ref == refs[1]
    with desk.read() as s:
        ids = dict(s.execute(select(InformationItem.code, InformationItem.id)).all())
        for code, v in shown.items():  # every row agrees with the one-item lookups
            assert v.corrected_by == _corrected_by(s, ids[code])
            assert v.request_ref == get_information(desk, code, record_view=False).request_ref
    latest = [v.code for v in list_information(desk)]
    assert c.code in latest and a.code not in latest and b.code not in latest
    assert shown["I-00004"].request_ref is None and shown["I-00001"].request_ref == refs[0]


def test_art_5_an_items_documents_are_its_own_when_one_code_starts_another(desk):
    # Documents are found through their indexed series "<code>/<name>": at 100,000 items the
    # code I-100000 begins with I-10000, and neither may list the other's files.
    with desk.db.write() as s:
        for code in ("I-10000", "I-100000"):
            s.add(InformationItem(code=code, direction="received", provider="Example (invented)",
                                  title=f"Invented {code}", received_on=desk.today(), actor="Officer Test"))
    attach_document(desk, "I-10000", "short.pdf", b"%PDF invented")
    attach_document(desk, "I-100000", "long.pdf", b"%PDF invented too")
    attach_document(desk, "I-10000", "short.pdf", b"%PDF invented, second version")
    assert [n for _i, n in get_information(desk, "I-10000", record_view=False).documents] == [
        "short.pdf", "short.pdf"]
    assert [n for _i, n in get_information(desk, "I-100000", record_view=False).documents] == ["long.pdf"]
