"""The passphrase prompt of a start on a passphrase-protected store.

Opening the store derives the key (scrypt) and reads, perhaps migrates, a store that may hold
years of work: a few hundred milliseconds to seconds. It runs on a worker thread (``ui.tasks``)
while the prompt says so and takes no second click.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.context import Desk
from app.store.db import StoreError
from ui.tasks import HoldWhileBusy, Task, run_task


class PassphraseDialog(HoldWhileBusy, QDialog):
    """Asks for the passphrase of an existing store and opens it; ``self.desk`` afterwards."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Liaison Desk — unlock"))
        self.data_dir = Path(data_dir)
        self.desk: Desk | None = None
        #: The running open (None when idle).
        self.open_task: Task | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase_edit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setObjectName("passphrase_status")
        self.status.hide()
        self.error = QLabel()
        self.error.setObjectName("passphrase_error")
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The store in {0} is protected by a passphrase.").format(data_dir)))
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        """True while the store is being opened."""
        return self.open_task is not None

    def _set_busy(self, on: bool) -> None:
        self.status.setText(self.tr("Opening the store…") if on else "")
        self.status.setVisible(on)
        self.edit.setEnabled(not on)
        self.buttons.setEnabled(not on)

    def accept(self) -> None:  # Qt override
        if self.desk is not None:
            super().accept()
            return
        if self.busy:
            return
        from app.services import open_desk

        self.error.clear()
        self._set_busy(True)
        self.open_task = run_task(open_desk, self.data_dir, passphrase=self.edit.text(),
                                  on_done=self._opened, on_error=self._failed)

    def _opened(self, desk: Desk) -> None:
        self.open_task = None
        self._set_busy(False)
        self.desk = desk
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.open_task = None
        self._set_busy(False)
        if isinstance(exc, StoreError):
            self.error.setText(str(exc))
        else:  # not the officer's doing: say so plainly, and log it with its traceback
            from ui.errors import LOGGER

            logging.getLogger(LOGGER).error("the store could not be opened", exc_info=exc)
            self.error.setText(self.tr("The store could not be opened ({0}); nothing was "
                                       "changed.").format(exc))
        self.edit.setFocus()
        self.edit.selectAll()


