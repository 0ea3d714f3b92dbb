"""Going to a record from anywhere: search hits, clocks in Due & overdue, the watch-list check.

A mixin of the main window (it uses ``show_page``, ``desk`` and the status bar), kept apart because
it is the one place that knows which page shows which kind of record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from ui.i18n import render, violation_line

GROUP_OF_DIRECTION = {"incoming": "incoming", "outgoing": "outgoing",
                      "spontaneous-in": "spontaneous", "spontaneous-out": "spontaneous"}


class Navigation:
    """Opening records in their pages; mixed into ``MainWindow``."""

    def quick_check(self) -> None:
        """Ctrl+Shift+F: check a name or number against the watch list (Art. 4.2)."""
        from ui.dialogs.quick_check import QuickCheckDialog

        dialog = QuickCheckDialog(self.desk, self)
        dialog.open_subject.connect(lambda code: self._open_in("surveillance", "open_subject", code))
        dialog.show()

    def run_search(self) -> None:
        """Search for the field's text and show the results page."""
        view = self.show_page("search")
        view.run(self.search_field.text())
        view.tree.setFocus()

    def open_request(self, ref: str) -> bool:
        """Show request ``ref`` in its group's list."""
        from app.services.requests.commands import get_request
        from app.treaty.errors import RuleViolation

        try:
            view = get_request(self.desk, ref)
        except RuleViolation as exc:
            self.statusBar().showMessage(violation_line(exc), 6000)
            return False
        page = self.show_page(GROUP_OF_DIRECTION[view.direction])
        return page.open_ref(ref)

    def _open_in(self, key: str, method: str, arg: str) -> bool:
        page = self.show_page(key)
        fn = getattr(page, method, None)
        if callable(fn):
            fn(arg)
            return True
        return False

    def open_hit(self, hit) -> bool:  # hit: an app.services.search.queries.SearchHit
        """Open a search hit where it lives (the rule per kind: ``app.services.search.labels``):
        a request, subject or information item itself; an observation in its subject's log,
        selected; a disclosure in its item's disclosures, selected (Art. 9); a document in the
        record it is attached to (its item, its subject with the observation selected, else its
        request), selected in that record's documents, the status bar naming the document."""
        if hit.kind == "request":
            return self.open_request(hit.key)
        if hit.kind == "subject":
            return self._open_in("surveillance", "open_subject", hit.key)
        if hit.kind == "information":
            return self._open_in("information", "open_item", hit.key)
        if hit.kind == "disclosure":
            if not hit.parent_key or not self._open_in("information", "open_item", hit.parent_key):
                return False
            select = getattr(self.page("information"), "select_disclosure", None)
            # The entity id stays in-process: never shown or printed.
            if select is None or not select(hit.entity_id):
                # Not silently: the item shown would otherwise pass for the disclosure's own.
                self.statusBar().showMessage(self.tr(
                    "Not found in the disclosures of {0}: {1} (search again to refresh)").format(
                        hit.parent_key, render(hit.label)), 10000)
                return False
            return True
        if hit.kind not in ("observation", "document") or not hit.parent_key:
            return False
        opened = {"information": lambda: self._open_in("information", "open_item", hit.parent_key),
                  "subject": lambda: self._open_in("surveillance", "open_subject", hit.parent_key),
                  "request": lambda: self.open_request(hit.parent_key)}.get(hit.parent_kind)
        if opened is None or not opened():
            return False
        if hit.observation_id is not None:
            self._select_observation(hit.observation_id)
        if hit.kind == "document":
            self._select_document(hit)
            self.statusBar().showMessage(self.tr("Opened from search: {0}").format(render(hit.label)), 10000)
        return True

    def _select_document(self, hit) -> bool:  # hit: a document's SearchHit
        """Select the document in the page just opened: an item's attachment in the item's
        detail, a request's letter or file in the request's documents."""
        if hit.parent_kind == "information":
            select = getattr(self.page("information"), "select_document", None)
            return bool(select is not None and select(hit.entity_id))
        if hit.parent_kind != "request":
            return False  # a subject's file: its observation (if any) is what gets selected
        # The request's documents read one per line, "<file name> v<version> (<kind>…)"; the
        # hit's key is "<our ref>/<file name> v<version>".
        line_start = hit.key.removeprefix(f"{hit.parent_key}/") + " ("
        page = self.page(self.current_key())  # open_request has just shown the request's list
        label = page.findChild(QLabel, "detail_documents") if page is not None else None
        if label is None:
            return False
        text = label.text()
        at = 0 if text.startswith(line_start) else text.find("\n" + line_start) + 1
        if at < 0 or not text[at:].startswith(line_start):
            return False
        end = text.find("\n", at)
        label.setSelection(at, (len(text) if end < 0 else end) - at)
        scroll = label.parent()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parent()
        if scroll is not None:
            scroll.ensureWidgetVisible(label)
        return True

    def _select_observation(self, observation_id: int) -> bool:
        """Select an observation in the subject log shown (its rows carry the observation id)."""
        page = getattr(self.pages.get("surveillance"), "page", None)
        timeline = getattr(page, "timeline", None)
        if timeline is None:
            return False
        for i in range(timeline.topLevelItemCount()):
            day = timeline.topLevelItem(i)
            for j in range(day.childCount()):
                if day.child(j).data(0, Qt.ItemDataRole.UserRole) == observation_id:
                    timeline.setCurrentItem(day.child(j))
                    timeline.scrollToItem(day.child(j))
                    return True
        return False

    def open_due_item(self, kind: str, key: str) -> bool:
        """Open the record behind a clock."""
        if kind in ("request", "oral-confirmation"):
            return self.open_request(key)
        if kind == "termination":
            self.show_page("agreements").select_key(key)
            return True
        return self._open_in("surveillance", "open_subject", key)

