"""`hamish delete-article ID`: says what goes, deletes it with a tombstone, and refuses an unknown id in one line."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main
from desktop.core.exchange.merge import merge
from desktop.core.store.database import Store

TEXT = "حقق التطبيق مليون تنزيل في أسبوعين، وبلغت قيمته 2 مليار دولار بعد جولة تمويل بقيمة 300 مليون دولار."
QUOTES = ("مليون تنزيل", "2 مليار دولار")


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def make_store(path: Path) -> tuple[int, str]:
    store = Store.open(path, author="amal")
    article, _ = store.add_article(title="تطبيق ناجح", text=TEXT)
    for q in QUOTES:
        store.add_annotation(article.id, TEXT.index(q), TEXT.index(q) + len(q), "other")
    store.add_article(title="آخر", text="نص آخر لا ادعاءات فيه.")
    store.close()
    return article.id, article.content_hash


def test_delete_article_json(capsys, tmp_path: Path):
    path = tmp_path / "store.db"
    article_id, digest = make_store(path)
    code, out, err = run(capsys, "--store", path, "delete-article", article_id, "--json")
    assert (code, err) == (0, "")
    assert [json.loads(line) for line in out.splitlines()] == [{"id": article_id, "title": "تطبيق ناجح", "claims": 2}]
    store = Store.open(path)
    assert [a.title for a in store.articles()] == ["آخر"] and store.annotations() == []
    assert store.article_deletion(digest).title == "تطبيق ناجح" and len(store.deletions()) == 2
    store.close()


def test_delete_article_text_names_title_and_claims(capsys, tmp_path: Path):
    path = tmp_path / "store.db"
    article_id, _ = make_store(path)
    code, out, _ = run(capsys, "--store", path, "delete-article", article_id)
    assert code == 0
    first = out.splitlines()[0]
    assert first == f"deleting article {article_id}: \u2068تطبيق ناجح\u2069 and its 2 claim(s)"
    assert "a merge will not bring it back" in out


def test_a_deleted_article_stays_deleted_after_merge(capsys, tmp_path: Path):
    mine, theirs = tmp_path / "mine.db", tmp_path / "theirs.db"
    article_id, digest = make_store(mine)
    other = Store.open(theirs)
    merge(other, mine)
    other.close()
    assert run(capsys, "--store", mine, "delete-article", article_id)[0] == 0
    code, out, _ = run(capsys, "--store", mine, "merge", theirs, "--json")
    report = json.loads(out)
    assert code == 0 and report["articles_kept_deleted"] == 1 and report["claims_added"] == 0
    store = Store.open(mine)
    assert store.article_by_hash(digest) is None and store.annotations() == []
    store.close()


def test_unknown_id_is_a_one_line_error(capsys, tmp_path: Path):
    path = tmp_path / "store.db"
    make_store(path)
    code, out, err = run(capsys, "--store", path, "delete-article", "99", "--json")
    assert (code, out) == (1, "")
    assert err == "hamish: error: no article with id 99\n"
    store = Store.open(path)
    assert len(store.articles()) == 2 and store.article_deletions() == []
    store.close()
