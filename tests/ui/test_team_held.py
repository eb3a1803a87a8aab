"""Held changes in the status bar, against a real throwaway PostgreSQL cluster: an analyst's status change the hub
refuses is counted in the hub label and explained in its tooltip, in English and Arabic, until a reviewer's rights
let the next sync send it."""

from __future__ import annotations

from desktop.core.hub.client import add_member
from tests.hub.conftest import hub, hub_db, pg_cluster  # noqa: F401 - the real cluster's fixtures
from tests.ui.test_language_switch import choose_language, english_after  # noqa: F401 - the fixture
from tests.ui.test_team_sync import gui_sync, team  # noqa: F401 - the two stores on the hub


def test_a_refused_status_change_is_shown_as_held_until_the_analyst_is_a_reviewer(qtbot, make_window, team, hub,
                                                                                  english_after):
    a, _url_a, _b, _url_b, claim = team  # a: the analyst's store, which pushed the claim
    window = make_window(a)
    window.open_article(a.annotation(claim.uuid).article)
    assert "held" not in window.team.label.text()
    window.edit_claim(claim.uuid, {"status": "confirmed"})
    window.edit_claim(claim.uuid, {"note": "مصدر ثانٍ 🌴"})  # based on the held version: held with it
    outcome = gui_sync(qtbot, window)
    assert outcome.error == "" and outcome.pushed == 0
    text, tip = window.team.label.text(), window.team.label.toolTip()
    assert "2 change(s) held: review status needs a reviewer" in text
    assert "2 to send" in text  # held changes still wait to be sent
    assert "2 change(s) held: review status needs a reviewer" in tip
    assert "once a team admin makes you a reviewer" in tip
    assert tip.count("only reviewers may set review status") == 2  # the hub's own reason for each

    choose_language(qtbot, window, "ar")
    arabic, arabic_tip = window.team.label.text(), window.team.label.toolTip()
    assert "تغييران محتجزان: حالة المراجعة تحتاج إلى مراجِع" in arabic
    assert "held" not in arabic and "تغييران محتجزان" in arabic_tip
    choose_language(qtbot, window, "en")

    add_member(hub.url(), hub.member("analyst"), "reviewer")
    assert gui_sync(qtbot, window).pushed == 2
    assert "held" not in window.team.label.text() and "0 to send" in window.team.label.text()
    assert "held" not in window.team.label.toolTip()
