"""The PDF page beside the text: claims drawn in their colours, selection shared, dragging selects the words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu

from desktop.core.importing import import_file
from desktop.core.store.database import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.page_view import render_page

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


def _window(qtbot, tmp_path: Path, name: str = "arabic_two_columns.pdf"):
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_document(import_file(DATA / name))
    window = MainWindow(store, load_sample=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.reader.ready)
    return window, store, article


def test_page_view_shows_the_page_and_claims_in_category_colours(qtbot, tmp_path: Path) -> None:
    window, store, article = _window(qtbot, tmp_path)
    pane = window.page_pane
    assert pane.bar.isVisibleTo(window) and not pane.canvas.isVisibleTo(window)
    pane.set_mode("both")
    assert pane.canvas.isVisibleTo(window) and window.reader.isVisibleTo(window)
    start = article.text.index("1.7 مليار يورو")
    window.reader.select_span(start, start + len("1.7 مليار يورو"))
    claim = window.mark_claim("amount")
    assert claim is not None
    colour = next(c.colour for c in store.categories() if c.name == "amount")
    assert pane.canvas.claim_rects and {c for _, c in pane.canvas.claim_rects} == {colour}
    pane.canvas.repaint()
    image = pane.canvas.grab().toImage()
    box = pane.canvas.to_widget(pane.canvas.claim_rects[0][0])
    centre = image.pixelColor(int(box.center().x()), int(box.center().y()))
    assert centre != image.pixelColor(5, int(box.center().y()))  # something drawn there, not bare page
    pane.set_mode("page")
    assert not window.reader.isVisibleTo(window) and pane.canvas.isVisibleTo(window)


def test_selecting_text_marks_it_on_the_page_and_dragging_selects_text(qtbot, tmp_path: Path) -> None:
    window, _, article = _window(qtbot, tmp_path)
    pane = window.page_pane
    pane.set_mode("both")
    start = article.text.index("850 ألف مستخدم")
    end = start + len("850 ألف مستخدم")
    window.reader.select_span(start, end)
    assert pane.canvas.selection and pane.canvas.selection[0].page == pane.canvas.page
    window.reader.select_span(0, 0)
    rect = pane.canvas.to_widget(pane.boxes.rects(start, end)[0]).adjusted(-1, -1, 1, 1)
    qtbot.mousePress(pane.canvas, Qt.MouseButton.LeftButton, pos=rect.topLeft().toPoint())
    qtbot.mouseMove(pane.canvas, rect.bottomRight().toPoint())
    qtbot.mouseRelease(pane.canvas, Qt.MouseButton.LeftButton, pos=rect.bottomRight().toPoint())
    assert window.reader.selected_span() == (start, end)
    menu = window.findChild(QMenu, "pageMarkMenu")
    assert menu is not None and menu.isVisible()
    users = next(a for a in menu.actions() if a is window.actions_by_name["mark_users"])
    menu.close()
    users.trigger()  # choosing a category in the menu marks the dragged words
    [claim] = window.store.annotations(article.id)
    assert claim.quote == "850 ألف مستخدم" and claim.category == "users"
    qtbot.waitUntil(lambda: len(pane.canvas.claim_rects) == 1)
    centre = pane.canvas.to_widget(pane.canvas.claim_rects[0][0]).center().toPoint()
    window.claims_panel.table.setCurrentIndex(QModelIndex())
    assert window.claims_panel.current_uuid() is None
    qtbot.mouseClick(pane.canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert pane.canvas.claim_uuids == [claim.uuid]
    assert window.claims_panel.current_uuid() == claim.uuid


def test_text_articles_show_no_page_controls(qtbot, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    article, _ = store.add_article(title="t", text="نص عربي قصير")
    window = MainWindow(store, load_sample=False)
    qtbot.addWidget(window)
    window.show()
    window.open_article(article.id)
    assert not window.page_pane.bar.isVisibleTo(window) and window.reader.isVisibleTo(window)


def test_unreliable_pages_are_named_above_the_page(qtbot, tmp_path: Path) -> None:
    window, _, _ = _window(qtbot, tmp_path, "qt_unmapped_ligatures.pdf")
    assert "1" in window.page_pane.notice.text() and window.page_pane.notice.text()


def test_a_page_renders_to_the_requested_width() -> None:
    image, scale = render_page((DATA / "arabic_two_columns.pdf").read_bytes(), 2, 600)
    assert image.width() == 600 and abs(scale - 600 / 595.2756) < 0.01
    assert not image.isNull() and image.height() > 800


def test_selection_after_an_emoji_lands_on_the_right_glyphs(qtbot, tmp_path: Path) -> None:
    window, _, article = _window(qtbot, tmp_path, "emoji.pdf")
    pane = window.page_pane
    pane.set_mode("both")
    start = article.text.index("مليون تنزيل")  # code points; Qt counts the emoji before it as two units
    end = start + len("مليون تنزيل")
    window.reader.select_span(start, end)
    assert pane.canvas.selection == pane.boxes.rects(start, end) != []
    window.reader.select_span(0, 0)
    rect = pane.canvas.to_widget(pane.boxes.rects(start, end)[0]).adjusted(-1, -1, 1, 1)
    qtbot.mousePress(pane.canvas, Qt.MouseButton.LeftButton, pos=rect.topLeft().toPoint())
    qtbot.mouseRelease(pane.canvas, Qt.MouseButton.LeftButton, pos=rect.bottomRight().toPoint())
    assert window.reader.selected_span() == (start, end)
    window.findChild(QMenu, "pageMarkMenu").close()
