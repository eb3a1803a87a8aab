"""A store the app made opens in Datasette: every table is served and rows read back as JSON."""

from __future__ import annotations

import asyncio

from datasette.app import Datasette

from desktop.cli import main
from tests.conftest import SEED_TITLE


def test_datasette_serves_every_table_of_a_store_the_app_made(capsys, store_path, seed_path):
    assert main(["--store", str(store_path), "import", str(seed_path)]) == 0
    assert main(["--store", str(store_path), "suggest", "1", "--save"]) == 0
    capsys.readouterr()

    async def fetch():
        ds = Datasette([str(store_path)])
        await ds.invoke_startup()
        db = store_path.stem
        tables = (await ds.client.get(f"/{db}.json")).json()["tables"]
        pages = {t["name"]: (await ds.client.get(f"/{db}/{t['name']}.json?_shape=array")) for t in tables}
        return tables, pages

    tables, pages = asyncio.run(fetch())
    names = {t["name"] for t in tables}
    assert {"articles", "annotations", "categories", "search_index"} <= names
    assert all(response.status_code == 200 for response in pages.values())
    assert pages["articles"].json()[0]["title"] == SEED_TITLE
    assert len(pages["annotations"].json()) == 7
