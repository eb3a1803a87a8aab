"""Menu hooks into other engineers' windows: present modules enable their actions; navigate_to shows a claim."""

from __future__ import annotations

import importlib

from desktop.ui import hooks

from .conftest import add_article


def _available(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def test_actions_enabled_only_when_their_module_exists(qtbot, store, make_window, monkeypatch):
    window = make_window(store)
    for name, (module, _attr) in hooks.HOOKS.items():
        assert window.actions_by_name[name].isEnabled() == _available(module), name
    monkeypatch.setitem(hooks.HOOKS, "merge", ("desktop.ui.no_such_module", "merge_dialog"))
    assert hooks.resolve("merge") is None


def test_navigate_to_opens_article_and_flashes_claim(qtbot, store, make_window):
    add_article(store, "مقال أول")
    text = "بلغت قيمة الصفقة 1.7 مليار يورو في النهاية."
    second = add_article(store, text)
    start = text.index("1.7")
    claim = store.add_annotation(second, start, start + len("1.7 مليار يورو"), "amount")
    window = make_window(store)
    window.open_article(store.articles()[0].id)
    window.navigate_to(second, claim.uuid)
    assert window.article_id == second
    assert window.claims_panel.current_uuid() == claim.uuid
    assert window.reader.flashing == (claim.start, claim.end)


def test_public_attributes_for_other_windows(qtbot, store, make_window):
    from PySide6.QtGui import QUndoStack

    from desktop.ui.claims.commands import StoreEvents

    window = make_window(store)
    assert window.store is store
    assert isinstance(window.undo_stack, QUndoStack)
    assert isinstance(window.events, StoreEvents)


def test_review_and_all_claims_windows_open_on_the_same_store(qtbot, store, make_window):
    article = add_article(store, "بلغت قيمة الصفقة 1.7 مليار يورو.")
    store.add_annotation(article, 17, 31, "amount", origin="suggested")
    window = make_window(store)
    opened = 0
    for name in ("review", "all_claims"):
        if hooks.resolve(name) is None:
            continue
        window.run_hook(name)
        [other] = window._windows
        assert other.isVisible() and other.isWindow()
        other.close()  # deleted on close; the window list forgets it
        qtbot.waitUntil(lambda: window._windows == [])
        opened += 1
    assert opened == sum(hooks.resolve(n) is not None for n in ("review", "all_claims"))
