"""Every word the officer reads goes through Qt's translation (all strings through ``tr()``).

The check reads ``ui/**/*.py`` as syntax trees (no import, no Qt) and fails on

* a string literal with words in it handed straight to a Qt text sink (``setText``,
  ``setWindowTitle``, ``setToolTip``, ``QLabel(...)``, ``QMessageBox.warning(..., title, text)``,
  ``addItem``, ``setHeaderLabels``, a ``QAction``'s text, ...) instead of through ``self.tr``,
  ``QCoreApplication.translate`` or a ``QT_TRANSLATE_NOOP`` mark;
* a label table (``*_LABELS``, ``COLUMNS``, ``PAGES``, ...) whose captions are plain literals:
  tables built at import time mark their captions with ``QT_TRANSLATE_NOOP`` so
  ``pyside6-lupdate`` extracts them, and translate them where they are shown;
* text that ``pyside6-lupdate`` cannot extract although it is meant to be translated: a literal
  given to a home-made wrapper (``_tr("…")``), or an f-string / concatenation / ``%`` given to
  ``tr`` itself (the catalogue is looked up by the formatted text, which is never in it).

Words are what is left once placeholders (``{ref}``, ``%s``, ``%n``), HTML tags and entities are
taken out: ``"{ref} — {title}"`` and ``"<b>{0}</b>"`` carry none.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

#: Calls that translate, or mark for extraction, their text.
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3",
               "QT_TRANSLATE_N_NOOP", "QT_TR_N_NOOP"}

#: Setters whose string arguments the officer reads.
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setTitle", "setSubTitle", "setLabelText", "setTabText", "setTabToolTip", "setItemText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItems",
    "showMessage", "setHtml", "setPlainText", "setInformativeText", "setDetailedText",
    "setSpecialValueText", "setSuffix", "setPrefix", "setAccessibleName",
    "setAccessibleDescription", "setButtonText", "setCancelButtonText", "addButton",
}
#: Calls with the text after an optional icon (``addItem(text, data)``, ``addAction(icon, text)``):
#: only that argument is text (the rest is item data or a slot).
TEXT_AFTER_ICON = {"addItem", "addAction", "addMenu", "QStandardItem", "QListWidgetItem"}
#: ``insertItem(index, text, data)`` and ``addTab(widget, text)``: the text is the second one.
SECOND_IS_TEXT = {"insertItem", "addTab", "insertTab"}
#: ``QFormLayout.addRow(caption, field)``: the caption.
FIRST_IS_TEXT = {"addRow"}
#: Widgets whose positional string arguments are their text.
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
           "QCommandLinkButton", "QTableWidgetItem", "QTreeWidgetItem", "QWizardPage"}
#: Static dialogs: (positions of title and text).
DIALOGS = {"information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
           "about": (1, 2), "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2),
           "getOpenFileName": (1, 3), "getSaveFileName": (1, 3), "getExistingDirectory": (1,),
           "getOpenFileNames": (1, 3)}
#: Keyword arguments that are text wherever they are given.
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "statusTip",
                 "whatsThis", "caption", "filter", "informativeText"}
#: Names of label tables built at import time.
TABLE_NAME = re.compile(r"(LABELS|COLUMNS|HEADINGS|CAPTIONS|TITLES|PAGES|WORDS)$")

#: Literal text that is not the desk's wording (say why).
ALLOWED_TEXT = {
    # The date entry mask: the field parses ISO dates whatever the language, so the hint is
    # the format itself, not a phrase.
    "YYYY-MM-DD",
}
#: Placeholders, HTML tags and entities, and a record's reference prefix before its number
#: ("D-{0}", "I-{n}": codes the store gives, not words).
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n|%[-#0 +]*\d*(?:\.\d+)?[sdrifgx%]|<[^<>]*>|&\w+;|&#\d+;"
                          r"|\b[A-Z]{1,2}-(?=\{)")


def has_words(text: str) -> bool:
    """Whether ``text`` holds words once placeholders, tags and entities are taken out."""
    return text not in ALLOWED_TEXT and any(c.isalpha() for c in _PLACEHOLDER.sub("", text))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_str(node: ast.expr) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr)


def bare_text(node: ast.expr | None) -> list[ast.expr]:
    """The literals with words in ``node`` that reach the screen untranslated.

    Follows what builds a string (f-strings, ``+``, ``%``, ``.format``, ``.join``, conditionals,
    lists) and stops at a translating call; other calls' arguments are data (keys, codes)."""
    if node is None:
        return []
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "{}".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [node] if has_words(literal) else []
    if isinstance(node, ast.BinOp):
        return bare_text(node.left) + bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return bare_text(node.body) + bare_text(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [c for v in node.values for c in bare_text(v)]
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [c for e in node.elts for c in bare_text(e)]
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATING:
            return []
        if isinstance(node.func, ast.Attribute) and name in ("format", "join", "strip", "upper",
                                                              "lower", "capitalize", "title"):
            found = bare_text(node.func.value)
            if name in ("format", "join"):
                found += [c for a in node.args for c in bare_text(a)]
                found += [c for k in node.keywords for c in bare_text(k.value)]
            return found
    return []


def _text_args(call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` that a Qt text sink shows, or [] when it is no sink."""
    name = _name(call.func)
    args = list(call.args)
    chosen: list[ast.expr] = [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    if name in SETTERS or name in WIDGETS:
        chosen += args
    elif name in TEXT_AFTER_ICON and args:
        first_is_icon = not _is_str(args[0]) and "icon" in ast.unparse(args[0]).lower()
        chosen.append(args[1] if first_is_icon and len(args) > 1 else args[0])
    elif name in SECOND_IS_TEXT and len(args) > 1:
        chosen.append(args[1])
    elif name in FIRST_IS_TEXT and args:
        chosen.append(args[0])
    elif name in DIALOGS and isinstance(call.func, ast.Attribute) and \
            _name(call.func.value) in ("QMessageBox", "QInputDialog", "QFileDialog"):
        chosen += [args[i] for i in DIALOGS[name] if i < len(args)]
    elif name == "QMessageBox":  # QMessageBox(icon, title, text, ...)
        chosen += args[1:3]
    return chosen


def _is_wrapper(name: str) -> bool:
    """A home-made translating helper (``_tr``, ``_tr_box``): lupdate reads only the real ones."""
    return name not in TRANSLATING and re.fullmatch(r"_+tr(_\w*)?|_+translate\w*", name) is not None


def violations(source: str, filename: str = "<source>") -> list[str]:
    """Every untranslated or unextractable piece of text in ``source``, as ``file:line: why``."""
    tree = ast.parse(source, filename)
    found: list[str] = []

    def report(node: ast.AST, why: str) -> None:
        found.append(f"{filename}:{node.lineno}: {why}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            for arg in _text_args(node):
                for lit in bare_text(arg):
                    report(lit, f"{name}() shows {ast.unparse(lit)[:60]} untranslated")
            if name in ("tr", "translate") and node.args:
                text = node.args[1] if name == "translate" and len(node.args) > 1 else node.args[0]
                if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                    report(node, f"{name}() of a built string ({ast.unparse(text)[:50]}): "
                                 "translate the pattern, then .format() it")
            if name in ("tr", "translate") and node.args:
                _check_plural(node, name, report)
            if _is_wrapper(name) and any(_is_str(a) for a in node.args):
                report(node, f"{name}(\"…\") is not extracted by pyside6-lupdate: use self.tr or "
                             "QCoreApplication.translate(context, text)")
        if isinstance(node, ast.FormattedValue):
            for inner in ast.walk(node.value):
                if isinstance(inner, ast.Call) and _name(inner.func) in ("tr", "translate") \
                        and any(_is_str(a) for a in inner.args):
                    report(inner, f"{_name(inner.func)}(\"…\") inside an f-string: pyside6-lupdate "
                                  "does not extract it; translate it before the f-string")
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _misfiled(fn, report)
    for scope in [tree] + [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        for stmt in scope.body:
            targets = stmt.targets if isinstance(stmt, ast.Assign) else \
                [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name) and TABLE_NAME.search(t.id) and stmt.value is not None:
                    for lit in _table_text(stmt.value):
                        report(lit, f"{t.id} holds {ast.unparse(lit)[:60]} unmarked: "
                                    "QT_TRANSLATE_NOOP(context, text)")
    return found


#: A count written into the source text ("{0} match(es)"): Qt words it by a count only through
#: a numerus message, "%n match(es)" with the count given to ``tr``.
_PLURAL_MARK = re.compile(r"\w\((?:s|es)\)")


def _check_plural(call: ast.Call, name: str, report) -> None:
    """A source text with "(s)"/"(es)" must be a numerus message: ``%n`` in it and the count
    given (``tr(text, disambiguation, n)``, ``translate(context, text, disambiguation, n)``)."""
    at = 1 if name == "translate" else 0
    if len(call.args) <= at or not isinstance(call.args[at], ast.Constant) \
            or not isinstance(call.args[at].value, str):
        return
    text = call.args[at].value
    if name == "translate" and "%n" in text:
        # pyside6-lupdate marks translate(...) numerus only for a literal count: with a variable
        # the catalogue gets a one-form message and every count reads the same.
        report(call, f"translate({text[:50]!r}) with %n: pyside6-lupdate does not file it as a "
                     "plural; count in a QObject's self.tr(text, \"\", n)")
        return
    if not _PLURAL_MARK.search(text):
        return
    counted = len(call.args) > at + 2 or any(k.arg == "n" for k in call.keywords)
    if "%n" not in text or not counted:
        report(call, f"{name}({text[:50]!r}) words a count by \"(s)\": make it a %n message "
                     "given the count")


def _misfiled(fn: ast.FunctionDef | ast.AsyncFunctionDef, report) -> None:
    """Calls pyside6-lupdate files under another context than the one looked up at run time:
    ``widget.tr("…")`` or a ``tr`` alias (filed under "widget" or no context, looked up under
    the widget's class), and ``self.tr`` after ``X.translate`` in one function (lupdate 6.x
    then files it under "X.self")."""
    after_translate = False
    calls = sorted((n for n in ast.walk(fn) if isinstance(n, ast.Call)),
                   key=lambda n: (n.lineno, n.col_offset))
    for call in calls:
        func = call.func
        literal = any(_is_str(a) for a in call.args)
        if isinstance(func, ast.Attribute) and func.attr == "translate":
            after_translate = True
        elif isinstance(func, ast.Name) and func.id in ("tr", "translate") and literal:
            report(call, f"{func.id}(\"…\") through an alias: lupdate files it under no context; "
                         "call QCoreApplication.translate(context, text)")
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and literal:
            owner = ast.unparse(func.value)
            if owner != "self":
                report(call, f"{owner}.tr(\"…\"): lupdate files it under '{owner}', not the "
                             "class looked up at run time; use QCoreApplication.translate")
            elif after_translate:
                report(call, "self.tr after a translate() call in the same function: lupdate "
                             "misfiles it; use one form per function")


def _table_text(node: ast.expr) -> list[ast.expr]:
    """Captions in a label table: dict values and the texts of tuples/lists (not dict keys)."""
    if isinstance(node, ast.Dict):
        return [c for v in node.values if v is not None for c in _table_text(v)]
    if isinstance(node, (ast.Tuple, ast.List)):
        items = node.elts
        # (code, caption) pairs: a code-like first item is the key, not a caption.
        first = items[0] if len(items) == 2 else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str) \
                and re.fullmatch(r"[\w.()-]*", first.value):
            items = items[1:]
        return [c for e in items for c in _table_text(e)]
    if isinstance(node, ast.Call) and _name(node.func) in ("MappingProxyType", "dict", "tuple"):
        return [c for a in node.args for c in _table_text(a)]
    return bare_text(node)


def ui_violations() -> list[str]:
    """Violations over every module of ``ui/`` (the screenshot scripts, which type invented data
    into the fields, live in ``tools/screenshots`` and are not the officer's screens)."""
    out: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        out += violations(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    return out


def test_every_ui_string_goes_through_tr():
    problems = ui_violations()
    assert not problems, "text the officer reads without translation:\n" + "\n".join(problems)


PLANTED = '''
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

KIND_LABELS = {"person": "Person", "goods": QT_TRANSLATE_NOOP("Kinds", "Goods")}


class Page(QWidget):
    def build(self, ref):
        self.title = QLabel("Subjects under surveillance")
        self.title.setToolTip(f"Request {ref}")
        self.setWindowTitle(self.tr("Subjects"))
        self.title.setText("{ref} — {title}".format(ref=ref, title=self.tr("Subject")))
        QMessageBox.warning(self, "Not saved", self.tr("The name is too long."))
        self.title.setText(self.tr(f"Request {ref}"))
        self.title.setText(_tr("Hello"))
        parent.setWindowTitle(parent.tr("Subjects"))
        QCoreApplication.translate("Page", "Kind")
        self.title.setText(self.tr("Kind"))

    def counts(self):
        self.title.setText(f"<b>{self.tr('Kind')}</b>")
        self.title.setText(self.tr("{0} match(es)").format(3))
        self.title.setText(self.tr("%n day(s)", "", self.days))

    def counted(self):
        return QCoreApplication.translate("Page", "%n day(s)", "", self.days)
'''


def test_translation_check_finds_planted_untranslated_text():
    found = violations(PLANTED, "planted.py")
    lines = sorted(int(p.split(":")[1]) for p in found)
    # The table's plain "Person", QLabel's literal, the f-string tooltip, the box's title, the
    # f-string given to tr, the wrapper lupdate cannot read, a tr on another widget, self.tr
    # after translate; a tr inside an f-string, a count written "(es)" without %n, a %n
    # through translate(); never the translated or placeholder-only texts (lines 12, 13, 24).
    assert lines == [5, 10, 11, 14, 15, 16, 17, 19, 22, 23, 27], found
    assert any("QT_TRANSLATE_NOOP" in p and ":5:" in p for p in found)
    assert any("'Not saved'" in p for p in found)


def test_translation_check_takes_placeholders_tags_and_the_date_mask_for_no_words():
    assert not has_words("{ref} — {title}")
    assert not has_words("<b>{0}</b> · %s (%n)")
    assert not has_words("YYYY-MM-DD")
    assert has_words("Art. {0}")
