"""The team hub in the app, against a real throwaway PostgreSQL cluster: the status bar's hub label and pending count,
File › Sync now in a worker thread, colleagues' changes shown live with their author, offline, the sync on quit,
and conflicts (badge, tooltip, the All-claims filter, keeping one version)."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.core.hub import local
from desktop.core.hub.client import sync
from desktop.core.hub.status import conflicted
from desktop.ui.claims.table import UUID_ROLE, ClaimsTableWindow
from desktop.ui.claims.table_model import COL_AUTHOR as COL_TABLE_AUTHOR
from desktop.ui.claims.panel import COL_AUTHOR, COL_NOTE, ConflictRole
from desktop.ui.store.queue import POLL_MS
from desktop.ui.team import conflicts as team_conflicts
from desktop.ui.team import sync as team_sync
from tests.hub.conftest import hub, hub_db, pg_cluster  # noqa: F401 - the real cluster's fixtures
from tests.hub.helpers import ARTICLE, open_store, span, with_article
from tests.hub.test_hub_cli import hamish

SYNC_WAIT_MS = 60_000  # a generous bound for one sync on a loaded machine (not a speed check)


def closed_port() -> int:
    with socket.socket() as s:  # a port of localhost nothing listens on
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gui_sync(qtbot, window):
    with qtbot.waitSignal(window.team.synced, timeout=SYNC_WAIT_MS) as signal:
        assert window.team.sync_now() is not None
    return signal.args[0]


def panel_row(window, uuid: str) -> int:
    return window.claims_model.row_of(uuid)


def cell(window, uuid: str, col: int, role=Qt.ItemDataRole.DisplayRole):
    model = window.claims_model
    return model.data(model.index(panel_row(window, uuid), col), role)


def flagged(window, uuid: str) -> bool:
    return cell(window, uuid, COL_NOTE, ConflictRole)


@pytest.fixture
def team(tmp_path, hub):
    """A colleague's store (a, analyst) with one claim on the hub, and this analyst's store (b, reviewer) that has
    pulled it: (a, url_a, b, url_b, claim)."""
    a, b = open_store(tmp_path, "a"), open_store(tmp_path, "b")
    url_a, url_b = hub.url(hub.member("analyst")), hub.url(hub.member("reviewer"))
    claim = a.add_annotation(with_article(a), *span(ARTICLE, "40 مليون دولار"), "amount", note="أولى")
    sync(a, url_a)
    sync(b, url_b)
    yield a, url_a, b, url_b, claim
    a.close()


def test_a_store_with_no_hub_shows_nothing_and_sync_now_says_why(qtbot, store, make_window):
    window = make_window(store)
    label = window.findChild(type(window.team.label), "hubStatus")
    assert label is window.team.label and not label.isVisible()
    assert window.claims_panel.table.horizontalHeader().isSectionHidden(COL_AUTHOR)
    window.actions_by_name["sync"].trigger()
    assert window.team.run is None
    window.run_hook("all_claims")
    [table] = window._windows
    assert table.conflicts_check.isHidden()  # no hub, no conflicts: the filter is not offered
    assert "no team hub" in window.statusBar().currentMessage()


def test_the_gui_pulls_a_colleagues_edit_and_shows_it_live_with_the_author(qtbot, make_window, team, hub, tmp_path):
    a, url_a, b, _url_b, claim = team
    window = make_window(b)
    window.open_article(b.annotation(claim.uuid).article)
    label = window.team.label
    assert label.isVisible() and hub.name in label.text() and "password" not in label.text()
    assert not window.claims_panel.table.horizontalHeader().isSectionHidden(COL_AUTHOR)
    assert cell(window, claim.uuid, COL_AUTHOR) == f"\u2068{hub.member('analyst')}\u2069"
    a.update_annotation(claim.uuid, note="تعديل الزميل 🌴")  # the colleague edits and syncs from the command line
    a.close()
    done = hamish("sync", store=tmp_path / "a.db")
    assert done.returncode == 0 and "pushed 1" in done.stdout, done.stderr
    outcome = gui_sync(qtbot, window)
    assert (outcome.error, outcome.pulled, outcome.pushed) == ("", 1, 0)
    qtbot.waitUntil(lambda: "تعديل الزميل 🌴" in (cell(window, claim.uuid, COL_NOTE) or ""), timeout=4 * POLL_MS)
    assert cell(window, claim.uuid, COL_AUTHOR) == f"\u2068{hub.member('analyst')}\u2069"
    assert not window.findChildren(QMessageBox)


def test_the_all_claims_window_follows_a_sync_with_the_author(qtbot, make_window, team, hub):
    a, url_a, b, _url_b, claim = team
    window = make_window(b)
    window.run_hook("all_claims")
    [table] = [w for w in window._windows if isinstance(w, ClaimsTableWindow)]
    qtbot.waitUntil(table.isVisible)
    a.update_annotation(claim.uuid, note="من الزميل")
    sync(a, url_a)
    gui_sync(qtbot, window)

    def row_shown() -> bool:
        model = table.model
        return any(model.row(r).note == "من الزميل" for r in range(model.rowCount()))

    qtbot.waitUntil(row_shown, timeout=4 * POLL_MS)
    model = table.model
    assert model.index(0, COL_TABLE_AUTHOR).data() == hub.member("analyst")
    assert not table.conflicts_check.isHidden()  # a team's store offers the filter


def test_pending_changes_are_counted_then_sent(qtbot, make_window, team, hub):
    a, url_a, b, _url_b, claim = team
    window = make_window(b)
    window.open_article(b.annotation(claim.uuid).article)
    assert "0 to send" in window.team.label.text()
    window.edit_claim(claim.uuid, {"note": "من النافذة"})
    window.edit_claim(claim.uuid, {"status": "confirmed"})
    assert "2 to send" in window.team.label.text()
    assert gui_sync(qtbot, window).pushed == 2
    assert "0 to send" in window.team.label.text() and "synced" in window.team.label.text()
    assert cell(window, claim.uuid, COL_AUTHOR) == "\u2068b\u2069"  # this store's author wrote the current version
    assert sync(a, url_a).pulled == 2 and a.annotation(claim.uuid).note == "من النافذة"


def test_an_unreachable_hub_shows_offline_and_keeps_the_changes(qtbot, make_window, tmp_path):
    store = open_store(tmp_path, "lone")
    article = with_article(store)
    store.add_annotation(article, *span(ARTICLE, "12%"), "stake")
    with store.transaction():
        local.set_meta(store, "hub_url", f"postgresql://nobody@127.0.0.1:{closed_port()}/team")
    window = make_window(store)
    assert "1 to send" in window.team.label.text()
    outcome = gui_sync(qtbot, window)
    assert outcome.offline and outcome.error.startswith("offline")
    assert "offline" in window.team.label.text() and "1 to send" in window.team.label.text()
    assert "Sync failed" in window.statusBar().currentMessage()
    assert not window.findChildren(QMessageBox)  # a status, never an error box or a traceback
    assert local.pending(store) == 1


def test_the_timer_syncs_every_five_minutes(qtbot, make_window, team):
    a, url_a, b, _url_b, claim = team
    window = make_window(b)
    timer = window.team.timer
    assert timer.isActive() and timer.interval() == 5 * 60 * 1000
    a.update_annotation(claim.uuid, note="بعد خمس دقائق")
    sync(a, url_a)
    with qtbot.waitSignal(window.team.synced, timeout=SYNC_WAIT_MS) as signal:
        timer.timeout.emit()  # what the five minutes bring
    assert signal.args[0].pulled == 1 and b.annotation(claim.uuid).note == "بعد خمس دقائق"


def test_a_stopped_hub_shows_offline(qtbot, make_window, tmp_path, pg_cluster):
    import psycopg

    from desktop.core.hub.client import add_member, init_hub
    from tests.hub.pg_cluster import running_cluster

    store = open_store(tmp_path, "field")
    with running_cluster() as own:  # a hub of its own, to stop it while the window is open
        with psycopg.connect(own.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE desk")
        init_hub(own.url("desk"))
        add_member(own.url("desk"), "field_m", "analyst")
        store.add_annotation(with_article(store), *span(ARTICLE, "12%"), "stake")
        assert sync(store, own.url("desk", "field_m")).pushed == 1
        window = make_window(store)
        assert "synced" in window.team.label.text()
    store.add_annotation(store.articles()[0].id, *span(ARTICLE, "40 مليون دولار"), "amount")
    outcome = gui_sync(qtbot, window)
    assert outcome.offline and "offline" in window.team.label.text() and "1 to send" in window.team.label.text()
    assert not window.findChildren(QMessageBox)


def test_a_sync_already_running_is_not_started_twice(qtbot, make_window, team):
    *_, b, _url_b, _claim = team
    window = make_window(b)
    with qtbot.waitSignal(window.team.synced, timeout=SYNC_WAIT_MS):
        first = window.team.sync_now()
        assert first is not None and window.team.sync_now() is None
        assert "already running" in window.statusBar().currentMessage()
        assert "syncing" in window.team.label.text()
    assert window.team.run is None


def test_quitting_sends_the_changes_made_here_first(qtbot, make_window, team):
    a, url_a, b, _url_b, claim = team
    window = make_window(b)
    window.edit_claim(claim.uuid, {"note": "قبل الخروج"})
    with qtbot.waitSignal(window.team.synced, timeout=SYNC_WAIT_MS):
        assert window.close() is False  # the window waits for its last sync
        assert window.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert local.pending(b) == 0
    assert sync(a, url_a).pulled == 1 and a.annotation(claim.uuid).note == "قبل الخروج"


def test_quitting_gives_up_on_a_hub_that_does_not_answer(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(team_sync, "QUIT_WAIT_MS", 200)
    silent = socket.socket()  # accepts connections and never answers: the sync hangs until libpq's timeout
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    store = open_store(tmp_path, "hanging")
    store.add_annotation(with_article(store), *span(ARTICLE, "12%"), "stake")
    with store.transaction():
        local.set_meta(store, "hub_url", f"postgresql://nobody@127.0.0.1:{silent.getsockname()[1]}/team")
    window = make_window(store)
    try:
        assert window.close() is False and window.team.run is not None
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)  # the window closed with the sync unfinished
        assert local.pending(store) == 1  # the change is kept for next time
    finally:
        silent.close()


def test_a_conflict_shows_a_badge_filters_and_is_reviewed(qtbot, make_window, team, hub):
    a, url_a, b, url_b, claim = team
    other = a.add_annotation(a.annotation(claim.uuid).article, *span(ARTICLE, "12%"), "stake")
    sync(a, url_a)
    sync(b, url_b)
    a.update_annotation(claim.uuid, note="نسخة أ")  # both edit the same claim while apart
    b.update_annotation(claim.uuid, note="نسخة ب")
    sync(a, url_a)
    window = make_window(b)
    window.open_article(b.annotation(claim.uuid).article)
    assert gui_sync(qtbot, window).conflicts == 1
    qtbot.waitUntil(lambda: flagged(window, claim.uuid) is True, timeout=4 * POLL_MS)
    assert flagged(window, other.uuid) is False
    assert not cell(window, claim.uuid, COL_AUTHOR, Qt.ItemDataRole.DecorationRole).isNull()
    current = b.annotation(claim.uuid).note
    lost = ({"نسخة أ", "نسخة ب"} - {current}).pop()
    tip = cell(window, claim.uuid, COL_AUTHOR, Qt.ItemDataRole.ToolTipRole)
    [version] = conflicted(b)[claim.uuid]
    assert lost in tip and version.by in tip and version.by in (hub.member("analyst"), "b")

    table = ClaimsTableWindow(b, lambda *_: None)
    qtbot.addWidget(table)
    assert table.proxy.rowCount() == 2
    table.conflicts_check.setChecked(True)
    assert table.proxy.rowCount() == 1
    assert table.proxy.index(0, 0).data(UUID_ROLE) == claim.uuid

    menu = QMenu(window)
    assert team_conflicts.add_actions(window, menu, claim.uuid)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "Keep the current version" and version.by in texts[1]
    assert not team_conflicts.add_actions(window, QMenu(window), other.uuid)
    assert team_conflicts.keep_current(window, claim.uuid)  # reviewed: the version shown stays
    assert b.annotation(claim.uuid).note == current and flagged(window, claim.uuid) is False
    table.refresh()
    assert table.proxy.rowCount() == 0
    sync(b, url_b)
    sync(a, url_a)
    assert a.annotation(claim.uuid).note == current  # settled in every store
    assert conflicted(a) == {} and conflicted(b) == {}


def test_taking_the_other_version_is_an_undoable_step(qtbot, make_window, team):
    a, url_a, b, url_b, claim = team
    a.update_annotation(claim.uuid, note="نسخة أ")
    b.update_annotation(claim.uuid, note="نسخة ب")
    sync(a, url_a)
    sync(b, url_b)
    window = make_window(b)
    window.open_article(b.annotation(claim.uuid).article)
    [lost] = conflicted(b)[claim.uuid]
    current = b.annotation(claim.uuid).note
    assert team_conflicts.take_other(window, claim.uuid, lost)
    assert b.annotation(claim.uuid).note == lost.record["note"] != current
    assert conflicted(b) == {} and flagged(window, claim.uuid) is False
    window.undo_stack.undo()
    assert b.annotation(claim.uuid).note == current
