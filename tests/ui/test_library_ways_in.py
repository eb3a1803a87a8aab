"""The library's Date and Source columns (sortable), importing a folder, and pasting an article from the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.importing import import_bytes
from desktop.ui.library.view import DATE, SOURCE, TITLE

CLAIM = "قالت الشركة إنها باعت {n} ألف جهاز في الربع الأول من العام، بزيادة 12% على العام الماضي."


def page(title: str, site: str, date: str, n: int) -> str:
    return (f"<html><head><meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{date}'></head>"
            f"<body><main><h1>{title}</h1><p>{CLAIM.format(n=n)}</p></main></body></html>")


def add(store, title: str, site: str, date: str, n: int) -> int:
    article, _ = store.add_document(import_bytes(page(title, site, date, n).encode(), "p.html"))
    return article.id


def column(window, logical: int) -> list[str]:
    model = window.library.table.model()
    return [model.index(r, logical).data() for r in range(model.rowCount())]


def test_date_and_source_columns_sort_when_clicked(qtbot, store, make_window):
    first = add(store, "خبر ب", "موقع ياء", "2024-05-14", 1)
    second = add(store, "خبر أ", "موقع ألف", "2023-01-02", 2)
    third = add(store, "خبر ج", "موقع باء", "2025-03-04", 3)
    window = make_window(store)
    library = window.library
    header = library.table.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(3)] == [TITLE, DATE, SOURCE]  # shown right after the title
    assert [library.model.headerData(c, Qt.Orientation.Horizontal) for c in (DATE, SOURCE)] == ["Date", "Source"]
    assert library.article_ids() == [first, second, third]  # the store's order until a column is clicked
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, DATE))
    assert column(window, DATE) == ["2023-01-02", "2024-05-14", "2025-03-04"]
    library.table.sortByColumn(SOURCE, Qt.SortOrder.AscendingOrder)
    assert column(window, SOURCE) == ["موقع ألف", "موقع باء", "موقع ياء"]
    assert library.article_ids() == [second, third, first]
    library.refresh()  # a refresh keeps the chosen order
    assert library.article_ids() == [second, third, first]


def _section_centre(header, logical: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2, header.height() // 2)


def test_a_folder_is_imported_with_a_report_per_file(qtbot, store, make_window, tmp_path: Path, settings):
    settings.suggest_on_import = False
    folder = tmp_path / "saved"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.html").write_text(page("خبر أول", "موقع", "2024-01-01", 4), encoding="utf-8")
    (folder / "2024" / "b.htm").write_text(page("خبر ثان", "موقع", "2024-02-02", 5), encoding="utf-8")
    (folder / "2024" / "empty.txt").write_bytes(b"")
    window = make_window(store)
    run = window.import_files([str(folder)])
    assert run is not None and window.progress.isVisible()
    qtbot.waitUntil(lambda: window.import_run is None, timeout=30_000)
    assert not window.progress.isVisible()
    assert sorted(title for _, title, _ in window.last_outcome.added) == ["خبر أول", "خبر ثان"]
    report = window.findChild(QMessageBox, "importReport")
    text = report.text()
    assert "a.html → #" in text and "(2024-01-01)" in text and "b.htm → #" in text
    assert "empty.txt: is empty (0 bytes)" in text
    assert report.detailedText() == window.last_outcome.details()
    report.close()


def test_paste_as_new_article_takes_the_clipboards_html(qtbot, store, make_window, settings):
    settings.suggest_on_import = False
    window = make_window(store)
    mime = QMimeData()
    mime.setHtml(page("خبر من الحافظة", "موقع الحافظة", "2024-06-06", 6))
    mime.setText("نص بديل لا يستخدم")
    QGuiApplication.clipboard().setMimeData(mime)
    window.actions_by_name["paste_article"].trigger()  # Edit › Paste as new article
    assert window.import_run is not None
    qtbot.waitUntil(lambda: window.import_run is None, timeout=30_000)
    [(article_id, title, new)] = window.last_outcome.added
    article = store.article(article_id)
    assert (title, new, article.site, article.published, article.source) == (
        "خبر من الحافظة", True, "موقع الحافظة", "2024-06-06", "clipboard")
    assert article.text == CLAIM.format(n=6)
    report = window.findChild(QMessageBox, "importReport")
    assert report.text().startswith("clipboard → #")
    assert "[title-line] \u2068خبر من الحافظة\u2069" in report.detailedText()
    report.close()
    QGuiApplication.clipboard().clear()
    assert window.paste_article() is None and window.import_run is None  # nothing to import: a message, no run
    error = window.findChild(QMessageBox, "errorBox")
    assert error is not None and error.text() == "The clipboard holds no text to import."
    error.close()
