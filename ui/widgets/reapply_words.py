"""What a form says after Reload and reapply (``ui.widgets.reapply``), in the window's language:
one wording for the directory's forms and the agreement details.

A class of its own: PySide's ``tr`` with a count, called in a base class, looks the subclass's
name up as the context."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ReapplyWords(QObject):
    """The summary line and a field's mark after a reload and reapply."""

    def reloaded(self, both: int) -> str:
        """What the form says once reloaded; ``both``: the fields both officers changed."""
        if both:
            return self.tr("Reloaded as another officer saved it; your changes are applied on top "
                           "(%n field(s) both of you changed are marked). Check, then save.", "", both)
        return self.tr("Reloaded as another officer saved it; your changes are applied on top. "
                       "Check, then save.")

    def changed_by_other(self, value: object) -> str:
        """The mark under a field both officers changed: the other officer's value."""
        return self.tr("Also changed by another officer, to: {value}. Your text is kept here; "
                       "compare before saving.").format(value=value if value not in (None, "") else "—")
