"""The sync indicator in the status bar: state, queue, last success, errors in words.

Always visible (a permanent status-bar widget): an icon and a coloured state word,
then the details — "Trực tuyến · chờ gửi 3 · đồng bộ lúc 10:42", "Ngoại tuyến — sẽ thử
lại lúc 10:45 · chờ gửi 3" — and, in red, what a person must know: why the link fails
(in words a guard understands, never a protocol code) and how many records the portal
rejected. A thin progress bar shows a run in progress; the "Sync now" action (also in
the File menu, F9) runs one at once.

It only displays :class:`~borderdesk.ui.sync_worker.SyncSnapshot` objects; the window
feeds them from :class:`~borderdesk.ui.sync_worker.SyncService`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QWidget,
)

from borderdesk.ui import messages, style
from borderdesk.ui.sync_worker import (
    ERROR,
    NOT_ENROLLED,
    OFFLINE,
    ONLINE,
    STARTING,
    SYNCING,
    SyncSnapshot,
)
from sync import ports

_CTX = "SyncStatusWidget"

# Error codes (sync.errors / the portal's codes / the worker's own) -> what to say.
_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "SyncStatusWidget",
    "the portal has not accepted this terminal — tell the administrator",
)
_BUSY = QT_TRANSLATE_NOOP(
    "SyncStatusWidget", "the portal is busy — it will be tried again automatically"
)
ERROR_TEXTS: dict[str, str] = {
    "not_protocol": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "the network asks for a sign-in (captive portal)"
    ),
    "unauthenticated": _NOT_ACCEPTED,
    "unknown_terminal": _NOT_ACCEPTED,
    "timeout": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "slow network or connection lost"
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "SyncStatusWidget",
        "cannot reach the portal (network down or portal stopped)",
    ),
    "network": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "the network connection was interrupted"
    ),
    "replayed": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "this computer's clock is wrong — tell the administrator"
    ),
    "rate_limited": _BUSY,
    "unavailable": _BUSY,
    "batch_in_progress": _BUSY,
    "unsupported_protocol": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "this version of the app is too old for the portal"
    ),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "SyncStatusWidget",
        "the terminal key has changed — the terminal must be enrolled again",
    ),
    "bad_response": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "the portal gave an answer that cannot be read"
    ),
    "invalid_url": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "the portal address is wrong — tell the administrator"
    ),
    "storage": QT_TRANSLATE_NOOP(
        "SyncStatusWidget",
        "the local database cannot be read — tell the administrator",
    ),
    "internal": QT_TRANSLATE_NOOP(
        "SyncStatusWidget", "unexpected sync error — tell the administrator"
    ),
}
OTHER_ERROR = QT_TRANSLATE_NOOP("SyncStatusWidget", "sync error ({code})")

_ICONS = {
    ONLINE: ":/icons/ok.svg",
    OFFLINE: ":/icons/warning.svg",
    ERROR: ":/icons/error.svg",
}
_COLORS = {ONLINE: style.GREEN, OFFLINE: style.WARNING, ERROR: style.ERROR}


def error_text(code: str) -> str:
    """The sentence for an error code, in the current language."""
    source = ERROR_TEXTS.get(code)
    if source is None and code.startswith("http_5"):
        source = _BUSY
    if source is None:
        return QCoreApplication.translate(_CTX, OTHER_ERROR).format(code=code)
    return QCoreApplication.translate(_CTX, source)


class SyncStatusWidget(QWidget):
    """Icon, state, details, problems, progress and a "Sync now" button.

    Args:
        timezone: the gate's time zone (times are shown as the counter's clock).
        now: the current time (tests fix it).

    Attributes:
        sync_now_action: "Sync now" (F9); the window puts it in the File menu and
            connects it to the sync service.
    """

    def __init__(
        self,
        timezone: str,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        # The application's "QStatusBar QLabel" padding would split the line in gaps.
        self.setStyleSheet("QLabel { padding: 0px; }")
        self._tz = ZoneInfo(timezone)
        self._now = now or (lambda: datetime.now(UTC))
        self.snapshot = SyncSnapshot(STARTING)

        self.icon = QLabel(self)
        self.icon.setFixedSize(18, 18)
        # The status bar's labels are padded (style.py): that would crop the icon.
        self.icon.setStyleSheet("padding: 0;")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncState")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("syncDetail")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("syncProblem")
        self.problem_label.setStyleSheet(f"color: {style.ERROR}; font-weight: 600;")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(90, 10)
        self.sync_now_action = QAction(self)
        self.sync_now_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_now_button = QToolButton(self)
        self.sync_now_button.setDefaultAction(self.sync_now_action)
        self.sync_now_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(0)
        layout.addStretch(1)  # spare width stays outside the line, not between words
        layout.addWidget(self.icon)
        layout.addSpacing(5)
        layout.addWidget(self.state_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(8)
        layout.addWidget(self.problem_label)
        layout.addSpacing(6)
        layout.addWidget(self.progress)
        layout.addWidget(self.sync_now_button)
        self._render()

    def set_snapshot(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        self._render()

    def text(self) -> str:
        """Everything shown, as one line of plain text."""
        text = self.state_label.text() + self.detail_label.text()
        if self.problem_label.isVisibleTo(self) and self.problem_label.text():
            text += " · " + self.problem_label.text()
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    # -- rendering -------------------------------------------------------------------

    def _clock(self, moment: datetime) -> str:
        """``10:42`` today at the gate, ``12/03 10:42`` another day."""
        local = moment.astimezone(self._tz)
        if local.date() == self._now().astimezone(self._tz).date():
            return local.strftime("%H:%M")
        return local.strftime("%d/%m %H:%M")

    def _render(self) -> None:
        snap = self.snapshot
        state = snap.state
        waiting = self.tr("{count} waiting to send").format(count=snap.waiting)
        details: list[str] = []
        if state == NOT_ENROLLED:
            head = self.tr("Not enrolled with the portal")
        elif state == STARTING:
            head = self.tr("Starting sync…")
        elif state == SYNCING:
            head = self.tr("Syncing…")
            if snap.total:
                details.append(
                    self.tr("sent {done} of {total}").format(
                        done=snap.done, total=snap.total
                    )
                )
        elif state == ONLINE:
            head = self.tr("Online")
            details.append(waiting)
            details.append(self._success_text())
        elif state == OFFLINE:
            head = self.tr("Offline")
            details.append(waiting)
        elif state == ERROR:
            head = self.tr("Sync stopped")
            details.append(waiting)
        else:  # unknown: enrolled, nothing tried yet
            head = self.tr("Connecting to the portal…")
            details.append(waiting)
        detail = "".join(" · " + d for d in details)
        if state == OFFLINE:
            detail = " — " + self._retry_text() + detail

        problems: list[str] = []
        if snap.error_code and state in (OFFLINE, ERROR):
            problems.append(error_text(snap.error_code))
        if snap.rejected and snap.conflict:
            problems.append(
                self.tr(
                    "%n record(s) rejected or in conflict — a supervisor must "
                    "review them",
                    "",
                    snap.rejected + snap.conflict,
                )
            )
        elif snap.rejected:
            problems.append(
                self.tr(
                    "%n record(s) rejected by the portal — a supervisor must "
                    "review them",
                    "",
                    snap.rejected,
                )
            )
        elif snap.conflict:
            problems.append(
                self.tr(
                    "%n record(s) in conflict with the portal — a supervisor must "
                    "review them",
                    "",
                    snap.conflict,
                )
            )

        self.state_label.setText(head)
        color = _COLORS.get(state, style.MUTED)
        self.state_label.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.detail_label.setText(detail)
        self.problem_label.setText(" · ".join(problems))
        self.problem_label.setVisible(bool(problems))
        icon = _ICONS.get(state, ":/icons/info.svg")
        if state == ONLINE and problems:
            icon = ":/icons/warning.svg"
        self.icon.setPixmap(QIcon(icon).pixmap(16, 16))
        self.progress.setVisible(state == SYNCING)
        if snap.total:
            self.progress.setRange(0, snap.total)
            self.progress.setValue(snap.done)
        else:
            self.progress.setRange(0, 0)  # busy: pulling, or nothing to count
        self.sync_now_action.setText(self.tr("Sync now"))
        self.sync_now_action.setToolTip(
            self.tr("Send and fetch now, without waiting (F9)")
        )
        self.sync_now_action.setEnabled(state not in (NOT_ENROLLED, STARTING))
        self.setToolTip(self._tooltip())

    def _success_text(self) -> str:
        if self.snapshot.last_success_at is None:
            return self.tr("never synced")
        return self.tr("synced at {time}").format(
            time=self._clock(self.snapshot.last_success_at)
        )

    def _retry_text(self) -> str:
        when = self.snapshot.next_attempt_at
        if when is None or when <= self._now():
            return self.tr("retrying shortly")
        return self.tr("will retry at {time}").format(time=self._clock(when))

    def _tooltip(self) -> str:
        snap = self.snapshot
        lines = []
        if snap.portal_url:
            lines.append(self.tr("Portal: {url}").format(url=snap.portal_url))
        if snap.state != NOT_ENROLLED:
            lines += [
                f"{messages.sync_state_label(state)}: {snap.counts.get(state, 0)}"
                for state in ports.STATES
            ]
            lines.append(self._success_text())
        if snap.error_text:
            lines.append(
                self.tr("Error detail: {detail}").format(detail=snap.error_text)
            )
        return "\n".join(lines)
