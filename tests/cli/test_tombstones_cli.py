"""`hamish merge` and `hamish import-annotations` report deletions, in text and in --json."""

from __future__ import annotations

import json
import time
from pathlib import Path

from desktop.cli import main
from desktop.core.store.database import Store

TEXT = "حقق التطبيق مليون تنزيل في أسبوعين، وبلغت قيمته 2 مليار دولار بعد جولة تمويل بقيمة 300 مليون دولار."
QUOTES = ("مليون تنزيل", "2 مليار دولار", "300 مليون دولار")


def run(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().out


def test_merge_and_import_json_count_deletions(capsys, tmp_path: Path):
    mine_path, theirs_path = tmp_path / "mine.db", tmp_path / "theirs.db"
    mine = Store.open(mine_path, author="amal")
    article, _ = mine.add_article(title="t", text=TEXT)
    claims = [mine.add_annotation(article.id, TEXT.index(q), TEXT.index(q) + len(q), "other") for q in QUOTES]
    mine.close()
    run(capsys, "--store", theirs_path, "merge", mine_path)
    code, _ = run(capsys, "--store", mine_path, "export", "-f", "jsonl", "-o", tmp_path / "all.jsonl")
    assert code == 0
    theirs = Store.open(theirs_path, author="badr")
    mine = Store.open(mine_path, author="amal")
    theirs.delete_annotation(claims[0].uuid)  # they delete one …
    mine.delete_annotation(claims[1].uuid)  # … we delete another …
    time.sleep(0.005)
    theirs.update_annotation(claims[1].uuid, note="بعد الحذف")  # … which they edit after our deletion
    mine.delete_annotation(claims[2].uuid)  # and one we delete after their last edit
    mine.close()
    theirs.close()

    code, out = run(capsys, "--store", mine_path, "merge", theirs_path, "--json")
    report = json.loads(out)
    assert code == 0
    assert (report["deletions_applied"], report["deletions_skipped"], report["tombstones_added"]) == (1, 0, 1)
    assert (report["claims_restored"], report["claims_kept_deleted"]) == (1, 1)
    assert [r["uuid"] for r in report["restored"]] == [claims[1].uuid]
    code, out = run(capsys, "--store", mine_path, "merge", theirs_path)
    assert code == 0 and "0 restored" in out and "deletions: 0 applied" in out

    code, out = run(capsys, "--store", mine_path, "import-annotations", tmp_path / "all.jsonl", "--json")
    report = json.loads(out)
    assert code == 0 and (report["skipped_deleted"], report["restored"], report["exact"]) == (2, 0, 0)
    code, out = run(capsys, "--store", mine_path, "import-annotations", tmp_path / "all.jsonl")
    assert code == 0 and "2 skipped (deleted here later), 0 restored" in out
    store = Store.open(mine_path)
    assert [a.uuid for a in store.annotations()] == [claims[1].uuid]
    store.close()


def test_merge_text_names_a_restored_claim(capsys, tmp_path: Path):
    mine_path, theirs_path = tmp_path / "mine.db", tmp_path / "theirs.db"
    mine = Store.open(mine_path, author="amal")
    article, _ = mine.add_article(title="t", text=TEXT)
    claim = mine.add_annotation(article.id, TEXT.index(QUOTES[0]), TEXT.index(QUOTES[0]) + len(QUOTES[0]), "downloads")
    mine.close()
    run(capsys, "--store", theirs_path, "merge", mine_path)
    mine = Store.open(mine_path)
    mine.delete_annotation(claim.uuid)
    mine.close()
    time.sleep(0.005)
    theirs = Store.open(theirs_path)
    theirs.update_annotation(claim.uuid, status="confirmed")
    theirs.close()
    code, out = run(capsys, "--store", mine_path, "merge", theirs_path)
    assert code == 0 and "1 restored (edited after deletion)" in out
    assert claim.uuid in out and "restored, edited after deletion" in out
