"""The window's team sync: the status bar's hub label (hub, last sync, changes waiting, offline), File › Sync now,
a sync every five minutes while the app is open and one on quit (bounded), each in a worker thread."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from desktop.core.hub.status import HubStatus, hub_status
from desktop.ui.i18n import isolate, ui_locale
from desktop.ui.team.worker import SyncOutcome, SyncRun

AUTO_SYNC_MS = 5 * 60 * 1000  # an automatic sync every five minutes while the app is open
QUIT_WAIT_MS = 5000  # on quit, wait this long for the last sync, then quit anyway (the changes wait for next time)
MESSAGE_MS = 8000
HELD_SHOWN = 3  # the hub's reasons listed in the tooltip for held changes; the rest are counted


class TeamSync(QObject):
    """Owns the hub label, the timer and the one sync that may run at a time (``run``)."""

    synced = Signal(object)  # a SyncOutcome, after every sync (the status is updated first)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.run: SyncRun | None = None
        self.outcome: SyncOutcome | None = None  # of the last sync of this store in this session
        self.status: HubStatus | None = None
        self._quitting = self._quit_done = self._had_hub = False
        self._before: tuple | None = None  # _written() when the running sync started
        self.label = QLabel(window)
        self.label.setObjectName("hubStatus")
        self.label.setContentsMargins(12, 0, 4, 0)  # apart from the save state beside it
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.auto_sync)
        self.timer.start()
        window.events.claimsChanged.connect(self.update)
        window.events.articlesChanged.connect(self.update)
        window.writes.stateChanged.connect(self.update)
        window.watcher.changedElsewhere.connect(self.update)
        window.watcher.changedElsewhere.connect(self._refresh_windows)
        self.update()

    # --- syncing ---------------------------------------------------------------------------------
    def url(self) -> str | None:
        try:
            return self.window.store.meta("hub_url")
        except Exception:  # noqa: BLE001 - a closed store while the window is torn down: no hub
            return None

    def sync_now(self) -> SyncRun | None:
        """File › Sync now: start a sync in a worker thread; None (and a status message) when it cannot start."""
        bar = self.window.statusBar()
        url, store = self.url(), self.window.store
        if not url:
            bar.showMessage(self.tr("This store has no team hub yet: run “hamish sync URL” once to join one."),
                            MESSAGE_MS)
            return None
        if store.read_only or not store.path:
            bar.showMessage(self.tr("This store cannot be synced: it is read-only."), MESSAGE_MS)
            return None
        if self.run is not None:
            bar.showMessage(self.tr("A sync is already running."), MESSAGE_MS)
            return None
        # The live view takes in what others committed so far, then rests while the worker commits batch after
        # batch (a first pull of a large hub would otherwise re-list the library every half second) and takes
        # everything in once at the end.
        self.window.watcher.poll()
        self.window.watcher.timer.stop()
        self._before = self._written(store)
        self.run = SyncRun(str(store.path), url, self)
        self.run.finished.connect(self._finished)
        self.run.start()
        self.update()
        return self.run

    @staticmethod
    def _written(store) -> tuple | None:
        """What tells that claims or articles were written meanwhile by anyone but the sync's own bookkeeping (the
        command line during a sync, say): the last revision and the articles' last id and number."""
        try:
            return store.db.execute("SELECT (SELECT max(seq) FROM claim_revisions), (SELECT max(id) FROM articles), "
                                    "(SELECT count(*) FROM articles)").fetchone()
        except Exception:  # noqa: BLE001 - a closed store: compare as changed, so the live view looks
            return None

    def auto_sync(self) -> None:
        """The five-minute timer: sync quietly when the store has a hub and no sync is running."""
        if self.url() and self.run is None and not self._quitting:
            self.sync_now()

    def _finished(self, outcome: SyncOutcome) -> None:
        run, self.run = self.run, None
        if run is not None:
            run.deleteLater()
        if run is None or run.path == str(self.window.store.path):  # not a sync of a store the window left meanwhile
            self.outcome = outcome
        self.window.watcher.timer.start()
        now = self._written(self.window.store)
        quiet = (not outcome.error and not outcome.received and now is not None and now == self._before
                 and run is not None and run.path == str(self.window.store.path))
        if not quiet:
            self.window.watcher.poll()  # the live view takes in what was pulled now, not at its next tick
        else:  # the sync only sent and moved its own bookkeeping: nothing shown changed, nothing to re-list
            self.window.watcher.set_store(self.window.store)
        bar = self.window.statusBar()
        if outcome.error:
            bar.showMessage(self.tr("Sync failed: %s") % isolate(outcome.error), MESSAGE_MS)
        else:
            bar.showMessage(self.tr("Synced: %1 sent, %2 received, %3 new conflict(s).")
                            .replace("%1", self._number(outcome.pushed)).replace("%2", self._number(outcome.pulled))
                            .replace("%3", self._number(outcome.conflicts)), MESSAGE_MS)
        self.update()
        self.synced.emit(outcome)
        if self._quitting:
            self.quit_now()

    def _refresh_windows(self) -> None:
        """The live view reaches the All-claims and review windows too (they follow the window's claimsChanged,
        which changes committed elsewhere — a sync, the command line — do not emit)."""
        for other in list(getattr(self.window, "_windows", [])):
            if isValid(other) and hasattr(other, "_claims_changed"):
                other._claims_changed(-1)

    # --- the status bar --------------------------------------------------------------------------
    def store_changed(self) -> None:
        """Another store was opened in the window: forget the last outcome, show the new store's hub."""
        self.outcome = None
        self.update()

    def update(self, *_args) -> None:
        try:
            self.status = hub_status(self.window.store)
        except Exception:  # noqa: BLE001 - a closed or damaged store: show nothing rather than fail
            self.status = None
        self.label.setVisible(self.status is not None)
        if self.status is None:
            self.label.clear()
            self._had_hub = False
            return
        if not self._had_hub:  # the store syncs with a hub (now): show who wrote each claim, with the badge
            self._had_hub = True
            from desktop.ui.claims.panel import COL_AUTHOR

            self.window.claims_panel.table.horizontalHeader().setSectionHidden(COL_AUTHOR, False)
        self.label.setText(self.text())
        self.label.setToolTip(self.tooltip())
        self.label.setAccessibleName(self.tr("Team hub"))

    def is_offline(self) -> bool:
        return self.outcome is not None and self.outcome.offline

    def text(self) -> str:
        """"Hub: host/db · synced 14:05 · 3 to send" (or "offline", "syncing…", "sync failed")."""
        s = self.status
        if s is None:
            return ""
        parts = [self.tr("Hub: %s") % isolate(s.hub)]
        if self.run is not None:
            parts.append(self.tr("syncing…"))
        elif self.is_offline():
            parts.append(self.tr("offline"))
        elif self.outcome is not None and self.outcome.error:
            parts.append(self.tr("sync failed"))
        elif s.last_sync:
            parts.append(self.tr("synced %s") % isolate(self._when(s.last_sync)))
        else:
            parts.append(self.tr("never synced"))
        parts.append(self.tr("%n to send", "", s.pending).replace(str(s.pending), self._number(s.pending)))
        if s.held:
            parts.append(self._held(s.held))
        return " · ".join(parts)

    def _held(self, n: int) -> str:
        """"2 changes held: review status needs a reviewer" (the one refusal the hub holds changes for)."""
        return self.tr("%n change(s) held: review status needs a reviewer", "", n).replace(str(n), self._number(n))

    def tooltip(self) -> str:
        s = self.status
        lines = [self.tr("Team hub: %s") % isolate(s.hub)]
        if s.last_sync:
            lines.append(self.tr("Last sync: %s") % isolate(self._when(s.last_sync, long=True)))
        lines.append(self.tr("%n change(s) made here wait to be sent", "", s.pending)
                     .replace(str(s.pending), self._number(s.pending)))
        if s.held:
            lines.append(self._held(s.held))
            lines.append(self.tr("The hub lets only reviewers set a claim's review status. These changes stay in this "
                                 "store and are sent again at every sync: once a team admin makes you a reviewer, "
                                 "the next sync sends them."))
            lines.extend(isolate(why) for why in s.held_reasons[:HELD_SHOWN])
            if s.held > HELD_SHOWN:
                more = s.held - HELD_SHOWN
                lines.append(self.tr("…and %n more", "", more).replace(str(more), self._number(more)))
        if self.outcome is not None and self.outcome.error:
            lines.append(isolate(self.outcome.error))
        lines.append(self.tr("File › Sync now sends and receives at once; Hamish also syncs every five minutes."))
        return "\n".join(lines)

    def _locale(self) -> QLocale:
        return ui_locale(getattr(self.window, "language", "en"))

    def _number(self, n: int) -> str:
        return self._locale().toString(n)

    def _when(self, iso: str, *, long: bool = False) -> str:
        """A sync time in local time: the hour today, else the date and hour."""
        try:
            when = _dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return iso
        stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
        locale = self._locale()
        if not long and when.date() == _dt.datetime.now().astimezone().date():
            return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
        return locale.toString(stamp, QLocale.FormatType.ShortFormat)

    # --- quitting --------------------------------------------------------------------------------
    def hold_quit(self) -> bool:
        """On close: True when the window should stay open a little (a last sync is sending changes made here);
        the window closes itself when the sync ends or after QUIT_WAIT_MS, whichever comes first."""
        if self._quit_done:
            return False
        if self._quitting:
            return True
        if self.run is None:
            self.update()
            if self.status is None or self.status.pending == 0 or self.window.store.read_only:
                return False
        self._quitting = True
        self.timer.stop()
        if self.run is None and self.sync_now() is None:
            self._quitting = False
            return False
        self.window.statusBar().showMessage(self.tr("Sending your changes to the team hub before quitting…"))
        self.update()
        QTimer.singleShot(QUIT_WAIT_MS, self.quit_now)
        return True

    def quit_now(self) -> None:
        """Close the window now, whether or not the last sync ended (what it did not send waits for next time)."""
        if self._quit_done:
            return
        self._quit_done = True
        self.window.close()


def attach(window) -> TeamSync:
    """Give ``window`` its team sync (``team``); call after the write queue and the live view are attached."""
    from desktop.ui.team import conflicts

    window.team = TeamSync(window)
    conflicts.install(window)
    return window.team
