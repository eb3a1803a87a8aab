"""m016_hub_heads: a store that synced before the heads table existed gets each item's current version filled in."""

from __future__ import annotations

import sqlite3

from desktop.core.hub.items import head
from desktop.core.store.database import Store
from tests.hub.helpers import open_store, with_article


def test_heads_are_filled_from_the_items_a_store_already_holds(tmp_path):
    s = open_store(tmp_path, "a")
    with_article(s)
    rows = [("category", "other", f'{{"v": {n}}}', f"{n:015d}.000000", origin, n + 1)
            for n, origin in ((1, "b"), (3, "a"), (2, "c"))]
    for kind, key, payload, hlc, origin, seq in rows:
        s.db.execute("INSERT INTO hub_items (kind, key, payload, made, hlc, origin, origin_seq) "
                     "VALUES (?, ?, ?, '', ?, ?, ?)", [kind, key, payload, hlc, origin, seq])
    s.db.conn.commit()
    s.close()
    with sqlite3.connect(tmp_path / "a.db") as conn:  # as a store made before m016 had it
        conn.execute("DROP TABLE hub_heads")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm016_hub_heads'")
    again = Store.open(tmp_path / "a.db", author="a", daily_backup=False)
    assert head(again, "category", "other").payload == {"v": 3}
    assert again.db.execute("SELECT count(*) FROM hub_heads").fetchone() == (1,)
