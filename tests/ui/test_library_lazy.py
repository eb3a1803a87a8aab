"""The library's lazy model (rows read a page at a time), its sorting, a live refresh that keeps the selection,
the search thread (debounced, stale answers dropped), and the start-up work deferred until after the first paint."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QSettings, Qt

from desktop.core.store.backups import automatic_backups
from desktop.core.store.database import Store
from desktop.ui.help.tour import DONE_KEY
from desktop.ui.library.model import CLAIMS, DATE, PAGE, TITLE
from desktop.ui.library.search_worker import SearchWorker

from .conftest import add_article


def fill(store: Store, count: int) -> list[int]:
    ids = []
    with store.transaction():
        for n in range(count):
            article, _ = store.add_article(title=f"تقرير رقم {n}", text=f"نص التقرير رقم {n} عن الموازنة العامة",
                                           published=f"2025-01-{1 + n % 28:02d}" if n % 3 else None)
            ids.append(article.id)
    return ids


def titles(model) -> list[str]:
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_the_library_reads_its_rows_a_page_at_a_time(qtbot, store, make_window):
    ids = fill(store, PAGE + 30)
    window = make_window(store)
    library, model = window.library, window.library.model
    assert library.article_ids() == ids  # every id is known at once
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert model.index(PAGE - 1, TITLE).data() == f"تقرير رقم {PAGE - 1}"
    library.table.scrollToBottom()  # the view asks for the next page when scrolled to the end
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 30)
    assert not model.canFetchMore()
    assert titles(model)[-1] == f"تقرير رقم {PAGE + 29}"


def test_marking_an_article_beyond_the_first_page_reads_the_rows_up_to_it(qtbot, store, make_window):
    ids = fill(store, 3 * PAGE)
    window = make_window(store)
    assert window.library.model.rowCount() == PAGE
    window.open_article(ids[PAGE + 10])
    assert PAGE + 11 <= window.library.model.rowCount() < 3 * PAGE  # up to it (and the view may ask a page more)
    assert window.library.current_article() == ids[PAGE + 10]
    assert window.library.table.currentIndex().row() == PAGE + 10


def test_sorting_by_title_and_by_date(qtbot, store, make_window):
    ids = fill(store, 12)
    window = make_window(store)
    library, model = window.library, window.library.model
    library.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    collator = QCollator()
    collator.setNumericMode(True)
    expected = sorted((f"تقرير رقم {n}" for n in range(12)), key=cmp_to_key(collator.compare), reverse=True)
    assert titles(model) == expected
    assert sorted(library.article_ids()) == ids
    library.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    dates = [model.index(r, DATE).data() for r in range(model.rowCount())]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[len(dated):] == [""] * (len(dates) - len(dated))  # undated last
    library.table.sortByColumn(CLAIMS, Qt.SortOrder.AscendingOrder)
    library.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # back to the store's order
    assert library.article_ids() == ids


def test_a_live_refresh_keeps_the_selected_article(qtbot, store, make_window, tmp_path):
    ids = fill(store, 30)
    window = make_window(store)
    window.open_article(ids[7])
    assert window.library.current_article() == ids[7]
    other = Store.open(store.path, daily_backup=False)  # another program writes to the same file
    text = other.article(ids[7]).text
    start = text.index("الموازنة")
    other.add_annotation(ids[7], start, start + len("الموازنة"), "other")
    window.watcher.poll()
    model = window.library.model
    assert window.library.current_article() == ids[7]
    assert model.index(7, CLAIMS).data() == 1  # the row was re-read in place
    added, _ = other.add_article(title="خبر جديد", text="نص جديد تماما")  # the list itself changes
    other.close()
    window.watcher.poll()
    assert window.library.article_ids()[-1] == added.id
    assert window.library.current_article() == ids[7]
    assert window.library.table.selectionModel().isRowSelected(7)


def test_typing_searches_once_after_a_pause_in_a_thread(qtbot, store, make_window):
    fill(store, 20)
    invest = add_article(store, "استثمرت الشركة مبلغ 1.3 مليار يورو", title="الاستثمار")
    window = make_window(store)
    library = window.library
    word = "استثمرت"
    for typed in range(1, len(word) + 1):  # as typed, one letter after another (keyClicks takes ASCII only)
        library.search_edit.setText(word[:typed])
    assert library.searching() and library._worker is None  # nothing ran while the keys came
    qtbot.waitUntil(lambda: not library.searching())
    assert library._worker.latest == 1  # one search for the whole word
    assert library.article_ids() == [invest]
    assert library.model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole).startswith("[استثمرت]")


def test_an_answer_overtaken_by_a_newer_query_is_dropped(qtbot, store, make_window):
    fill(store, 20)
    invest = add_article(store, "استثمرت الشركة مبلغ 1.3 مليار يورو", title="الاستثمار")
    window = make_window(store)
    library = window.library
    library.search_edit.setText("استثمرت")
    library.refresh()
    first = library._pending
    library.search_edit.setText("الموازنة")
    library.refresh()
    qtbot.waitUntil(lambda: not library.searching())
    budget = library.article_ids()
    assert invest not in budget and len(budget) == 20
    library._worker.found.emit(first, store.search("استثمرت"))  # the first answer, arriving late
    qtbot.wait(10)
    assert library.article_ids() == budget


def test_the_search_thread_answers_the_newest_query(qtbot, store):
    fill(store, 5)
    worker = SearchWorker(store.path)
    answers = []
    worker.found.connect(lambda number, hits: answers.append((number, len(hits))))
    for query in ("تقر", "تقرير", "تقرير رقم", "تقرير رقم 3"):
        worker.submit(query)
    qtbot.waitUntil(lambda: bool(answers) and answers[-1][0] == 4)
    worker.stop()
    assert answers[-1] == (4, 1)
    assert [n for n, _ in answers] == sorted(n for n, _ in answers)


def test_the_daily_backup_waits_until_the_window_is_painted(qtbot, tmp_path):
    from desktop.ui.app import open_window
    from desktop.ui.settings import AppSettings

    path = tmp_path / "lib.db"
    store = Store.open(path, daily_backup=False)
    fill(store, 3)
    store.close()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    settings.qs.setValue(DONE_KEY, True)  # no tour over the window
    window = open_window(path, settings)
    qtbot.addWidget(window)
    assert automatic_backups(path) == [] and window.article_id is not None  # the article first
    qtbot.waitUntil(lambda: getattr(window, "daily_backup", None) is not None)
    window.daily_backup.join(30)
    assert len(automatic_backups(path)) == 1
    assert settings.recent_stores()[0] == str(path.resolve())
    window.close()
