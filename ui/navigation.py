"""Going to a record from anywhere: search hits, clocks in Due & overdue, the watch-list check.

A mixin of the main window (it uses ``show_page``, ``desk`` and the status bar), kept apart because
it is the one place that knows which page shows which kind of record."""

from __future__ import annotations

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
        from app.services.requests import get_request
        from app.treaty.errors import RuleViolation

        try:
            view = get_request(self.desk, ref)
        except RuleViolation as exc:
            self.statusBar().showMessage(str(exc), 6000)
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

    def open_hit(self, kind: str, key: str, parent_key: str = "") -> bool:
        """Open a search hit in its page."""
        if kind == "request":
            return self.open_request(key)
        if kind in ("subject", "observation"):
            return self._open_in("surveillance", "open_subject", parent_key if kind == "observation" else key)
        if kind == "information":
            return self._open_in("information", "open_item", key)
        if kind == "document" and parent_key:
            if parent_key.startswith("I-"):
                return self._open_in("information", "open_item", parent_key)
            return self.open_request(parent_key) or self._open_in("surveillance", "open_subject", parent_key)
        return False

    def open_due_item(self, kind: str, key: str) -> bool:
        """Open the record behind a clock."""
        if kind in ("request", "oral-confirmation"):
            return self.open_request(key)
        if kind == "termination":
            self.show_page("agreements").select_key(key)
            return True
        return self._open_in("surveillance", "open_subject", key)

