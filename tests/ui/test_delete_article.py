"""Deleting an article from the library (context menu, Delete key), confirmed, undoable, with the views following."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMenu

from desktop.ui.claims.commands import DeleteArticle, StoreEvents

from .conftest import add_article

FIRST = "استثمرت الشركة 1.3 مليار يورو مقابل حصة 11% في الشركة."
SECOND = "بلغ عدد مستخدمي التطبيق 5 ملايين مستخدم في عامه الأول."
THIRD = "قُدّرت قيمة الشركة بـ 6 مليارات دولار بعد الجولة."


def claim(store, article_id: int, text: str, quote: str):
    start = text.index(quote)
    return store.add_annotation(article_id, start, start + len(quote), "other", note="ملاحظة")


class Answers:
    """An injected confirmation: records each question and answers with ``answer``."""

    def __init__(self, answer: bool):
        self.answer, self.asked = answer, []

    def __call__(self, title: str, question: str) -> bool:
        self.asked.append((title, question))
        return self.answer


def test_delete_article_command_on_a_bare_stack(qapp, store):
    article = add_article(store, FIRST, title="الأول")
    claims = sorted([claim(store, article, FIRST, "11%"), claim(store, article, FIRST, "1.3 مليار يورو")],
                    key=lambda c: c.start)
    before = store.article(article)
    events, seen = StoreEvents(), []
    events.articleDeleted.connect(lambda i: seen.append(("deleted", i)))
    events.articleRestored.connect(lambda i: seen.append(("restored", i)))
    stack = QUndoStack()
    stack.push(DeleteArticle(store, article, events))
    assert store.articles() == [] and store.annotations() == [] and len(store.article_deletions()) == 1
    stack.undo()
    assert store.article(article) == before and store.annotations(article) == claims
    assert store.article_deletions() == [] and store.deletions() == []
    stack.redo()
    assert store.articles() == []
    assert seen == [("deleted", article), ("restored", article), ("deleted", article)]


def test_delete_key_asks_deletes_and_ctrl_z_restores(qtbot, store, make_window):
    first = add_article(store, FIRST, title="الأول")
    second = add_article(store, SECOND, title="الثاني")
    claims = [claim(store, first, FIRST, "11%"), claim(store, first, FIRST, "1.3 مليار يورو")]
    window = make_window(store)
    window.open_article(first)
    answers = Answers(True)
    window.confirm = answers
    table = window.library.table
    table.setFocus()
    window.library.mark_current(first)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    [(title, question)] = answers.asked
    assert title == "Delete article" and "\u2068الأول\u2069" in question and "2 claim(s)" in question
    assert [a.id for a in store.articles()] == [second] and store.annotations() == []
    assert window.reader.article.id == second and window.article_id == second  # the next article is shown
    assert window.library.article_ids() == [second] and window.claims_model.rowCount() == 0
    assert window.undo_stack.undoText() == "Delete article"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in store.articles()] == [first, second]
    assert {c.uuid for c in store.annotations(first)} == {c.uuid for c in claims}
    assert window.reader.article.id == first and window.claims_model.rowCount() == 2  # undo shows it again
    assert window.library.article_ids() == [first, second]


def test_declining_the_confirmation_changes_nothing(qtbot, store, make_window):
    first = add_article(store, FIRST, title="الأول")
    window = make_window(store)
    window.open_article(first)
    answers = Answers(False)
    window.confirm = answers
    window.library.table.setFocus()
    qtbot.keyClick(window.library.table, Qt.Key.Key_Delete)
    assert len(answers.asked) == 1
    assert [a.id for a in store.articles()] == [first] and store.article_deletions() == []
    assert window.undo_stack.count() == 0 and window.reader.article.id == first


def test_context_menu_deletes_the_row_clicked_and_keeps_the_open_article(qtbot, store, make_window):
    first = add_article(store, FIRST, title="الأول")
    second = add_article(store, SECOND, title="الثاني")
    window = make_window(store)
    window.open_article(first)
    answers = Answers(True)
    window.confirm = answers
    table = window.library.table
    pos = table.visualRect(table.model().index(1, 0)).center()
    table.customContextMenuRequested.emit(pos)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    [action] = menu.actions()
    assert action.text() == "Delete article…"
    action.trigger()
    menu.close()
    assert "\u2068الثاني\u2069" in answers.asked[0][1] and "0 claim(s)" in answers.asked[0][1]
    assert [a.id for a in store.articles()] == [first] and window.reader.article.id == first
    assert window.library.article_ids() == [first]
    window.undo_stack.undo()
    assert [a.id for a in store.articles()] == [first, second]


def test_deleting_the_last_article_in_the_list_opens_the_one_before_then_none(qtbot, store, make_window):
    ids = [add_article(store, text, title=str(i)) for i, text in enumerate((FIRST, SECOND, THIRD))]
    window = make_window(store)
    window.open_article(ids[2])
    window.confirm = Answers(True)
    assert window.delete_article()  # the library's current row: the open article
    assert window.reader.article.id == ids[1]
    assert window.delete_article(ids[0])  # not the open one: the reader stays
    assert window.reader.article.id == ids[1]
    assert window.delete_article()
    assert window.reader.article is None and window.article_id is None and window.library.article_ids() == []
    assert window.windowTitle() == "Hamish — هامش"
    for _ in range(3):
        window.undo_stack.undo()
    assert [a.id for a in store.articles()] == ids and store.article_deletions() == []


def test_a_store_emptied_by_deletion_gets_no_sample_again(qtbot, store, make_window):
    first = add_article(store, FIRST)
    store.delete_article(first)
    window = make_window(store, load_sample=True)
    assert store.articles() == [] and window.reader.article is None


def test_an_article_deleted_behind_the_window_is_closed_on_refresh(qtbot, store, make_window):
    first = add_article(store, FIRST, title="الأول")
    second = add_article(store, SECOND, title="الثاني")
    window = make_window(store)
    window.open_article(first)
    store.delete_article(first)  # as a merge taking over another store's deletion does
    window.refresh_all()
    assert window.reader.article.id == second and window.library.article_ids() == [second]
