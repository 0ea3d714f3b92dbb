"""Benchmark of the desktop workspace: the request list at 100,000 requests, and start-up.

``run(ctx)`` returns rows ``{figure, value, unit, budget, floor, note}``; ``python -m bench.ui``
builds its own 100k store and prints them. The requests are synthetic and invented (``BULK-``
references, "invented" texts); nothing here is real data.

Figures: first page of the list, a sort change and a filter change (each within 50 ms), Due &
overdue opening (within 50 ms), and the main window usable against the bare PySide6 table window
over the encrypted store, both measured in fresh subprocesses in the same run (within 2x).
"""

from __future__ import annotations

import compileall
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REQUESTS = 100_000
SEED = 72  # Art. 7.2

_STATUSES = {
    "incoming": ("received", "acknowledged", "in-progress", "executed", "refused", "closed"),
    "outgoing": ("draft", "sent", "acknowledged", "answered", "closed"),
    "spontaneous-in": ("recorded", "closed"),
    "spontaneous-out": ("draft", "sent", "closed"),
}
_BASES = ("4.1(a)(i)", "4.1(a)(ii)", "4.1(b)", "4.2(a)", "4.2(b)", "4.2(c)", "5")
_GOODS = ("wrist watches", "machine parts", "textiles", "solar panels", "tuna", "tyres",
          "cosmetics", "spirits", "handbags", "semiconductors")
_OFFICERS = ("A. Officer (invented)", "B. Officer (invented)", "C. Officer (invented)", None)


def fill_requests(desk, n: int = REQUESTS, seed: int = SEED) -> None:  # noqa: ANN001 - a Desk
    """Insert ``n`` invented requests in one executemany (seconds, not minutes).

    Bypasses the services on purpose: this is volume for speed tests, not a workflow. Rows are
    complete enough for the list (refs, partner, basis, status, due dates, officer)."""
    from sqlalchemy import insert, select

    from app.store.models import Agreement, Request

    rng = random.Random(seed)
    with desk.read() as s:
        agreements = list(s.execute(select(Agreement.id)).scalars())
    directions = ("incoming",) * 5 + ("outgoing",) * 3 + ("spontaneous-in", "spontaneous-out")
    start = date(2025, 1, 1)
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(n):
        direction = rng.choice(directions)
        basis = rng.choice(_BASES)
        goods = rng.choice(_GOODS)
        oral = direction == "incoming" and rng.random() < 0.02
        rows.append({
            "our_ref": f"BULK-{i:06d}", "their_ref": f"P-{rng.randrange(10**6):06d}",
            "direction": direction, "agreement_id": rng.choice(agreements),
            "title": f"{goods.capitalize()}, consignment {rng.randrange(10**5):05d} (invented)",
            "bases": basis, "primary_basis": basis, "form": "oral" if oral else "written",
            "urgency": "urgent" if oral else "normal",
            "requesting_administration": "Invented Customs Administration",
            "nature_of_proceedings": "Administrative inquiry (invented)",
            "object_and_reason": f"Verify the declared origin of {goods} (invented)",
            "parties_concerned": "Example Trading Co. (invented)",
            "description_and_legal_elements": f"Suspected misdeclaration of {goods} (invented)",
            "extra": "{}", "reciprocity": False,
            "status": rng.choice(_STATUSES[direction]),
            "due_on": start + timedelta(days=rng.randrange(800)),
            "confirmation_due_on": start + timedelta(days=rng.randrange(800)) if oral else None,
            "assigned_to": rng.choice(_OFFICERS), "created_at": stamp, "updated_at": stamp,
        })
    with desk.db.write() as s:
        s.execute(insert(Request.__table__), rows)


# -- figures -------------------------------------------------------------------------------------

LIST_BUDGET_MS = 50.0
START_RATIO = 2.0
START_RUNS = 5  # median of five, interleaved: one busy moment does not decide the figure

_BARE = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1400, 860); w.show()
while not w.isVisible():
    app.processEvents()
app.processEvents()
print("ready", time.perf_counter() - t0)
"""

_TABLE = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 100000
    def columnCount(self, parent=None):
        return 8
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"R{index.row()}-{index.column()}"
        return None
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return f"Column {section}"
        return None
class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Painted.seen = True
        return False
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1400, 860)
view = QTableView(); model = Model(); view.setModel(model); w.setCentralWidget(view)
probe = Painted(); view.viewport().installEventFilter(probe)
w.show()
while not Painted.seen:
    app.processEvents()
print("ready", time.perf_counter() - t0)
"""

# The table window above over the store itself: the least any PySide6 window showing this
# encrypted store's requests can do. The key is given (as a keyring would give it: no scrypt),
# then sqlcipher3 opens the file, counts the incoming requests and reads the first page with one
# indexed query, before the window is built. No navigation, menus, filters or detail pane.
_TABLE_STORE = """
import sys, time
t0 = time.perf_counter()
import os
import sqlcipher3
conn = sqlcipher3.connect(os.path.join(os.environ["LIAISON_DESK_DATA_DIR"], "desk.db"))
conn.execute('PRAGMA key = "x' + chr(39) + os.environ["BENCH_STORE_KEY"] + chr(39) + '"')
where = "FROM request WHERE direction = 'incoming'"
count = conn.execute(f"SELECT count(*) {where}").fetchone()[0]
rows = conn.execute(f"SELECT our_ref, their_ref, agreement_id, primary_basis, title, status, due_on, "
                    f"assigned_to {where} ORDER BY due_on, id LIMIT 100").fetchall()
""" + _TABLE.split("t0 = time.perf_counter()", 1)[1].replace(
    "return 100000", "return count").replace(
    'return f"R{index.row()}-{index.column()}"',
    'r = index.row()\n            return str(rows[r][index.column()]) if r < len(rows) else ""')

# The same table window, but reading the store the way the stack chosen for the product must:
# the key from a keyring (the product's row imports keyring and asks a backend, as here) and the
# query through SQLAlchemy Core (create_engine over sqlcipher3, the same SQL as text). No module
# of ours. Its ratio to the floor is what the main window's budget leaves for the product's own
# code: a yardstick, not a budget.
_TABLE_STORE_STACK = """
import sys, time
t0 = time.perf_counter()
import os
import keyring
from keyring.backend import KeyringBackend
class Handed(KeyringBackend):
    priority = 1
    def get_password(self, service, username):
        return os.environ["BENCH_STORE_KEY"]
    def set_password(self, service, username, password):
        pass
    def delete_password(self, service, username):
        pass
keyring.set_keyring(Handed())
import sqlcipher3
import sqlalchemy as sa
key = keyring.get_password("liaison-desk", "db-key:bench")
engine = sa.create_engine("sqlite://", creator=lambda: sqlcipher3.connect(
    os.path.join(os.environ["LIAISON_DESK_DATA_DIR"], "desk.db"), check_same_thread=False))
@sa.event.listens_for(engine, "connect")
def _key(dbapi_conn, _record):
    dbapi_conn.execute('PRAGMA key = "x' + chr(39) + key + chr(39) + '"')
class _Conn:
    def __init__(self):
        self.sa = engine.connect()
    def execute(self, sql):
        return self.sa.execute(sa.text(sql))
conn = _Conn()
""" + _TABLE_STORE.split("conn.execute('PRAGMA key", 1)[1].split("\n", 1)[1]

# The product, started as run_gui starts it, with its key from a keyring as the floor above is
# handed its key: the child installs a keyring backend that holds the bench store's key (what
# an OS keyring does for a keyring-held store), over a copy of the store whose key file says
# "keyring". "ready" = the Incoming list's first page painted on the open desk.
_DESK = """
import os, sys, time
t0 = time.perf_counter()
import keyring
from keyring.backend import KeyringBackend
class Handed(KeyringBackend):
    priority = 1
    def get_password(self, service, username):
        return os.environ["BENCH_STORE_KEY"] if username.startswith("db-key:") else None
    def set_password(self, service, username, password):
        pass
    def delete_password(self, service, username):
        pass
keyring.set_keyring(Handed())
import ui.errors
ui.errors.install_excepthook = lambda *a, **k: None  # an error ends the child, never a dialog
from ui.app import start_gui
started = start_gui(on_first_paint=lambda: print("ready", time.perf_counter() - t0))
assert not isinstance(started, int), f"window did not open (exit code {started})"
from PySide6.QtCore import QTimer
def painted():
    if started.first_paint_at is not None:
        started.app.quit()
ticker = QTimer()
ticker.timeout.connect(painted)
ticker.start(1)
started.app.exec()
ticker.stop()
hwm = [ln for ln in open("/proc/self/status") if ln.startswith("VmHWM:")]
print("rss", int(hwm[0].split()[1]) / 1024 if hwm else float("nan"))
started.close()
"""


def _keyring_copy(data_dir: Path, key: bytes, into: Path) -> Path:
    """A copy of the store whose key file says "keyring" (same store id and key check), so the
    product's child takes the key from a keyring like the floor is handed it."""
    import shutil

    from app.security import keys

    into.mkdir(parents=True, exist_ok=True)
    shutil.copy2(data_dir / "desk.db", into / "desk.db")
    info = keys.read_keyinfo(data_dir)
    held = keys.KeyInfo(store_id=info.store_id, method="keyring", check=keys.key_check(key))
    keys.write_keyinfo(into, held)
    # A desk in use has its unlock passphrase (run_gui asks for one on a keyring desk without).
    keys.set_unlock_passphrase(into, held, "bench unlock passphrase (synthetic)")
    return into


def _process_ms(code: str, env: dict[str, str], rss: list | None = None) -> float:
    """Wall time from launching a fresh interpreter running ``code`` until it reports its window
    shown (its "ready" line), in ms; ``rss`` collects the child's peak memory (its "rss" line,
    MB) where it prints one.

    The interpreter's start-up counts; its tear-down after "ready" (closing the store, Qt's and
    Python's exit) does not: it is not part of being usable, and it is timed alike for both
    children. Output is unbuffered so that the line arrives when it is printed."""
    env = {**env, "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryFile(mode="w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                                stderr=err, text=True, cwd=str(Path(__file__).resolve().parents[1]))
        watchdog = threading.Timer(120, proc.kill)
        watchdog.start()
        try:
            lines, elapsed = [], None
            for line in proc.stdout:
                lines.append(line)
                if line.startswith("ready") and elapsed is None:
                    elapsed = (time.perf_counter() - t0) * 1000
            proc.wait()
        finally:
            watchdog.cancel()
        err.seek(0)
        stderr = err.read()
    if proc.returncode != 0 or elapsed is None:
        raise RuntimeError(f"start-up child failed: {stderr.strip().splitlines()[-1:]}")
    if rss is not None:
        marks = dict(line.split() for line in lines if len(line.split()) == 2)
        rss.append(float(marks.get("rss", "nan")))
    return elapsed


def _model_figures(desk) -> list[dict]:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from bench.common import median_ms
    from ui.models.request_table import COLUMNS, RequestTableModel

    QApplication.instance() or QApplication(sys.argv[:1])
    visible = 40  # rows a list shows on a laptop screen

    def first_page():  # noqa: ANN202
        model = RequestTableModel(desk, "incoming")
        return [model.data(model.index(i, c)) for i in range(visible) for c in range(len(COLUMNS))]

    model = RequestTableModel(desk, "incoming")
    order = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
    columns = [k for k, _ in COLUMNS]
    state = {"n": 0}

    def sort_change():  # noqa: ANN202
        state["n"] += 1
        model.sort(columns.index("title" if state["n"] % 2 else "due"), order[state["n"] % 2])
        return [model.data(model.index(i, 0)) for i in range(visible)]

    chips = [{"statuses": ("in-progress",)}, {"statuses": ()}]

    def filter_change():  # noqa: ANN202
        state["n"] += 1
        model.update_filter(**chips[state["n"] % 2])
        return [model.data(model.index(i, 0)) for i in range(visible)]

    rows = model.rowCount()
    note = f"{rows:,} incoming of the store's requests; {visible} visible rows read"
    return [
        {"figure": "request list: first page (model)", "value": median_ms(first_page, 10),
         "unit": "ms", "budget": LIST_BUDGET_MS, "floor": None, "note": note},
        {"figure": "request list: sort change (title/due)", "value": median_ms(sort_change, 10),
         "unit": "ms", "budget": LIST_BUDGET_MS, "floor": None, "note": "SQL ORDER BY over an index"},
        {"figure": "request list: filter change (status chip)", "value": median_ms(filter_change, 10),
         "unit": "ms", "budget": LIST_BUDGET_MS, "floor": None, "note": "SQL COUNT + first page"},
    ]


def _due_figures(desk) -> list[dict]:  # noqa: ANN001
    """Due & overdue opening on the store: its page built and the rows a screen shows read (one
    page of the one SQL query); then, off the UI thread, the row count and the (overdue, due
    soon) summary arriving (reported with no budget: the page is usable before)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui.views.due import DueView

    QApplication.instance() or QApplication(sys.argv[:1])
    visible = 40
    shown: dict = {}
    opens, counted = [], []

    def open_due() -> None:
        started = time.perf_counter()
        view = DueView(desk)
        model = view.model
        for i in range(min(visible, model.rowCount())):
            for c in range(model.columnCount()):
                model.data(model.index(i, c))
        opened = time.perf_counter()
        while model.counting:  # the count and summary come from a pool thread
            QCoreApplication.processEvents()
            time.sleep(0.001)
        done = time.perf_counter()
        opens.append((opened - started) * 1000)
        counted.append((done - started) * 1000)
        shown["rows"], shown["counts"] = model.rowCount(), model.counts
        view.deleteLater()
        QCoreApplication.processEvents()

    for _ in range(2):  # warm-up
        open_due()
    opens.clear()
    counted.clear()
    for _ in range(10):
        open_due()
    overdue, soon = shown["counts"]
    return [{"figure": "Due & overdue opens", "value": round(statistics.median(opens), 1),
             "unit": "ms", "budget": LIST_BUDGET_MS, "floor": None,
             "note": f"page built and the first {visible} rows of the one SQL UNION ALL of the "
                     "clock kinds read (one page, its ORDER BY merged from the kinds' indexes), "
                     "median of 10 (each after the last one's count arrived); the count and "
                     "summary follow off the UI thread (next row)"},
            {"figure": "Due & overdue: count and summary shown", "value":
             round(statistics.median(counted), 1), "unit": "ms", "budget": None, "floor": None,
             "note": f"from the page's opening until {shown['rows']:,} clocks ({overdue:,} "
                     f"overdue, {soon:,} due soon) are counted on a pool thread and shown (the "
                     "list's COUNT and the summary in one SQL pass), median of 10"}]


def _startup_figures(data_dir: Path, passphrase: str | None) -> list[dict]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    env.pop("LIAISON_DESK_PASSPHRASE", None)
    # Our modules' bytecode, as an installed copy has it: in a checkout it is otherwise written
    # on first import, or never when PYTHONDONTWRITEBYTECODE is set (then every start compiles).
    root = Path(__file__).resolve().parents[1]
    for package in ("app", "ui"):
        compileall.compile_dir(str(root / package), quiet=1)
    key = _store_key(data_dir, passphrase)
    store_env = {**env, "LIAISON_DESK_DATA_DIR": str(data_dir), "BENCH_STORE_KEY": key.hex()}
    bare, table, table_store, stack, ours, peaks = [], [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="liaison-bench-start-") as tmp:
        copy = _keyring_copy(Path(data_dir), key, Path(tmp) / "data")
        desk_env = {**store_env, "LIAISON_DESK_DATA_DIR": str(copy)}
        for _ in range(START_RUNS):  # interleaved, so a busy moment hits all alike
            bare.append(_process_ms(_BARE, env))
            table.append(_process_ms(_TABLE, env))
            table_store.append(_process_ms(_TABLE_STORE, store_env))
            stack.append(_process_ms(_TABLE_STORE_STACK, store_env))
            ours.append(_process_ms(_DESK, desk_env, peaks))
    b, o, t = statistics.median(bare), statistics.median(ours), statistics.median(table)
    ts = statistics.median(table_store)
    st = statistics.median(stack)
    rss = max(peaks)
    start = {"figure": "main window usable (fresh process, store opened, list painted)",
             "value": o, "unit": "ms", "budget": round(START_RATIO * ts, 1), "floor": ts,
             "note": "floor: the bare PySide6 table window over the encrypted store (next rows), "
                     f"same run, launch to its 'ready' line, median of {START_RUNS}; budget "
                     f"{START_RATIO}x floor. The child runs ui.app.start_gui (what run_gui runs) "
                     "with its key from a keyring, as the floor is handed its key: the desk opens "
                     "on a worker (key, schema check), then the window is built on it; 'ready' "
                     "when the Incoming list's first page is painted. Our modules' bytecode "
                     "compiled first, as installed"}
    memory = {"figure": "main window peak RSS with the request list open", "value": round(rss, 1),
              "unit": "MB", "budget": 250, "floor": None,
              "note": f"VmHWM of the GUI process once the list is painted (largest of {START_RUNS} "
                      "runs)"}
    bare_row = {"figure": "bare PySide6 window (empty QMainWindow)", "value": b, "unit": "ms",
                "budget": None, "floor": None,
                "note": f"launch to shown, fresh process, same run, median of {START_RUNS}"}
    yardstick = {"figure": "bare PySide6 window with a text table (no store, no menus)",
                 "value": t, "unit": "ms", "budget": None, "floor": b,
                 "note": "a QMainWindow with one QTableView over a Python QAbstractTableModel "
                         "(8 text columns), launch to the table's first paint, same run, median of "
                         f"{START_RUNS}"}
    store_floor = {"figure": "bare PySide6 table window over the encrypted store (key given)",
                   "value": ts, "unit": "ms", "budget": None, "floor": b,
                   "note": "the floor of the main window's row: the table window above, after "
                           "sqlcipher3 opens the store with the key already at hand (as from a "
                           "keyring: no scrypt), counts the incoming requests and reads their "
                           "first page in one indexed query; no navigation, menus, filters or "
                           f"detail pane; same run, median of {START_RUNS}"}
    stack_row = {"figure": "yardstick: that window, key from a keyring, query via SQLAlchemy Core",
                 "value": st, "unit": "ms", "budget": None, "floor": ts,
                 "note": "the floor window above, with what the product's stack must load before "
                         "its first page: keyring (a backend handing the key, as in the product's "
                         "row) and SQLAlchemy Core (create_engine over sqlcipher3, the same SQL as "
                         "text); no module of ours; its ratio is what the 2x budget leaves for the "
                         f"product's own code; same run, median of {START_RUNS}"}
    return [start, bare_row, yardstick, store_floor, stack_row, memory]


def _store_key(data_dir: Path, passphrase: str | None) -> bytes:
    """The store's key, unlocked here so the floor child spends no time deriving it."""
    from app.security import keys

    return keys.unlock_key(keys.read_keyinfo(Path(data_dir)), passphrase)


def run(ctx) -> list[dict]:  # noqa: ANN001 - bench.common.BenchContext
    """The workspace figures on the harness's 100k store."""
    rows = _model_figures(ctx.desk)
    rows.extend(_due_figures(ctx.desk))
    rows.extend(_startup_figures(Path(ctx.data_dir), getattr(ctx, "passphrase", None)))
    return rows


def _standalone() -> list[dict]:
    """Build a 100k store in a temp dir (passphrase key: no keyring is touched) and run."""
    from app.services import init_store

    passphrase = "bench.ui standalone store (invented data)"
    with tempfile.TemporaryDirectory(prefix="liaison-bench-ui-") as tmp:
        data_dir = Path(tmp) / "data"
        desk = init_store(data_dir, method="passphrase", passphrase=passphrase, actor="bench")
        desk.clock = lambda: datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
        fill_requests(desk, REQUESTS)

        class Ctx:
            pass

        ctx = Ctx()
        ctx.data_dir, ctx.desk, ctx.passphrase = data_dir, desk, passphrase
        try:
            return run(ctx)
        finally:
            desk.db.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for row in _standalone():
        budget = row["budget"]
        verdict = "" if budget is None else ("ok" if row["value"] <= budget else "OVER")
        print(f"{row['figure']:<52} {row['value']:9.1f} {row['unit']:<3} budget {budget} "
              f"floor {row['floor']}  {verdict}  {row['note']}")
