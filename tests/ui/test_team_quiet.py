"""A sync that takes nothing in leaves the window's views alone (no re-listing of the library on the GUI thread), and
a write made by another program while it ran is still shown; against a real throwaway PostgreSQL cluster."""

from __future__ import annotations

from desktop.ui.claims.panel import COL_NOTE
from desktop.ui.store.queue import POLL_MS
from tests.hub.conftest import hub, hub_db, pg_cluster  # noqa: F401 - the real cluster's fixtures
from tests.hub.test_hub_cli import hamish
from tests.ui.test_team_sync import cell, gui_sync, team  # noqa: F401 - the two stores on the hub


def test_a_sync_that_only_sends_does_not_relist_the_library(qtbot, make_window, team):
    _a, _url_a, b, _url_b, claim = team
    window = make_window(b)
    window.open_article(b.annotation(claim.uuid).article)
    window.edit_claim(claim.uuid, {"note": "من النافذة 🌴"})
    resets = []
    window.library.model.modelReset.connect(lambda: resets.append(1))
    outcome = gui_sync(qtbot, window)
    assert (outcome.error, outcome.pushed, outcome.received) == ("", 1, 0)
    qtbot.wait(2 * POLL_MS)  # the live view's next ticks find nothing new either
    assert resets == [] and "0 to send" in window.team.label.text()


def test_a_command_line_edit_during_a_quiet_sync_is_still_shown(qtbot, make_window, team, tmp_path):
    _a, _url_a, b, _url_b, claim = team
    window = make_window(b)
    window.open_article(b.annotation(claim.uuid).article)
    edited = []

    def edit_from_the_command_line() -> None:  # another program writes while the GUI's sync is on its way
        edited.append(hamish("edit", claim.uuid, "--note", "من سطر الأوامر", store=tmp_path / "b.db"))

    with qtbot.waitSignal(window.team.synced, timeout=60_000):
        assert window.team.sync_now() is not None
        edit_from_the_command_line()
    assert edited[0].returncode == 0, edited[0].stderr
    qtbot.waitUntil(lambda: "من سطر الأوامر" in (cell(window, claim.uuid, COL_NOTE) or ""), timeout=4 * POLL_MS)
    assert gui_sync(qtbot, window).pushed == 1  # the command line's edit goes too: nothing waits at the end
