"""The store's side of a sync without a server: stamping in order, pending counts, and stamps kept by recover."""

from __future__ import annotations

from desktop.core.hub import local
from desktop.core.hub.protocol import unpack_hlc
from desktop.core.store.recovery import recover
from tests.hub.helpers import ARTICLE, open_store, span, with_article


def test_local_revisions_are_stamped_in_order_once_and_kept_by_recover(tmp_path):
    a = open_store(tmp_path, "a")
    article = with_article(a)
    claim = a.add_annotation(article, *span(ARTICLE, "12%"), "stake")
    a.update_annotation(claim.uuid, note="🌴")
    a.db.execute("UPDATE claim_revisions SET made = '2001-01-01T00:00:00.000Z'")  # a laptop clock gone back
    local.stamp(a)
    stamps = [r[0] for r in a.db.execute("SELECT hlc FROM hub_stamps ORDER BY seq").fetchall()]
    assert len(stamps) == 2 and stamps == sorted(stamps) and len(set(stamps)) == 2
    local.stamp(a)
    assert [r[0] for r in a.db.execute("SELECT hlc FROM hub_stamps ORDER BY seq").fetchall()] == stamps
    assert unpack_hlc(a.meta("hub_clock")) == unpack_hlc(stamps[-1])
    assert local.pending(a) == 2
    a.close()
    recover(tmp_path / "a.db", tmp_path / "r.db")
    r = open_store(tmp_path, "r")
    assert [row[0] for row in r.db.execute("SELECT hlc FROM hub_stamps ORDER BY seq").fetchall()] == stamps
