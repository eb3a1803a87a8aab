"""The main window's menus, toolbar and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar
from shiboken6 import isValid

from desktop.paths import resource

from desktop.ui import hooks
from desktop.ui.store import backups as backup_dialogs
from desktop.ui.formatting import category_label
from desktop.ui.help.bindings import unique




def _icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def _swatch(colour: str) -> QIcon:
    """A square of a category's colour, for its menu and toolbar entries."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _retranslated(window: QMainWindow, apply: Callable[[], None]) -> None:
    """Run ``apply`` now and again whenever the UI language changes (``retranslate_menus``)."""
    apply()
    window.__dict__.setdefault("_menu_texts", []).append(apply)


def retranslate_menus(window: QMainWindow) -> None:
    """Set every menu, action and toolbar text again in the current UI language."""
    for apply in window.__dict__.get("_menu_texts", []):
        apply()


def _menu(window: QMainWindow, parent, source: str):
    """A menu titled with the translation of ``source`` (context Menus), kept up to date."""
    menu = parent.addMenu("")
    _retranslated(window, lambda: menu.setTitle(QCoreApplication.translate("Menus", source)))
    return menu


def _action(window: QMainWindow, source: str, slot: Callable, shortcuts=(), icon: str | QIcon = "",
            context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    """An action whose text is the translation of ``source`` (context Menus), kept up to date."""
    if isinstance(icon, QIcon):
        action = QAction(icon, "", window)
    else:
        action = QAction(_icon(icon), "", window) if icon else QAction(window)
    _retranslated(window, lambda: action.setText(QCoreApplication.translate("Menus", source)))
    action.setShortcuts(unique(shortcuts))
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _undo_action(w, source: str, slot, describe, enabled, changed, shortcuts) -> QAction:
    """Undo or redo: "Undo" followed by what it undoes, enabled only when there is something to undo."""
    action = _action(w, source, slot, shortcuts)

    def update(*_args) -> None:
        if not (isValid(w.undo_stack) and isValid(action)):  # signals sent while the window is torn down
            return
        label, what = QCoreApplication.translate("Menus", source), describe()
        action.setText(f"{label} {what}" if what else label)
        action.setEnabled(enabled())

    _retranslated(w, update)
    w.undo_stack.indexChanged.connect(update)
    w.undo_stack.cleanChanged.connect(update)
    changed.connect(update)
    return action


def build_menus(w) -> dict[str, QAction]:
    """Create every action of MainWindow ``w``, its menus and toolbar; returns actions by name."""
    a: dict[str, QAction] = {}
    bar = w.menuBar()
    local = Qt.ShortcutContext.WidgetWithChildrenShortcut

    file_menu = _menu(w, bar, QT_TRANSLATE_NOOP("Menus", "&File"))
    a["import"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Import articles…"), w.import_dialog, ["Ctrl+I"], "import")
    a["import_folder"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Import &folder…"), w.import_folder_dialog)
    a["open_store"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Open store…"), w.open_store_dialog, ["Ctrl+O"])
    a["new_store"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&New store…"), w.new_store_dialog, ["Ctrl+N"])
    a["export"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Export…"), lambda: w.run_hook("export"), ["Ctrl+E"])
    a["import_annotations"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Import &annotations…"), lambda: w.run_hook("import_annotations"))
    a["merge"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Merge store…"), lambda: w.run_hook("merge"))
    a["backup"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Back up…"), lambda: backup_dialogs.back_up(w))
    a["restore"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Res&tore…"), lambda: backup_dialogs.restore(w))
    a["preferences"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Preferences…"), lambda: _preferences(w), ["Ctrl+,"])
    a["quit"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Quit"), w.close, ["Ctrl+Q"])
    a["sync"] = _action(w, QT_TRANSLATE_NOOP("Menus", "S&ync now"), lambda: w.team.sync_now(), ["F5"])
    for name in ("import", "import_folder", "open_store", "new_store"):
        file_menu.addAction(a[name])
    w.recent_menu = _menu(w, file_menu, QT_TRANSLATE_NOOP("Menus", "&Recent stores"))
    w.rebuild_recent_menu()
    file_menu.addSeparator()
    for name in ("export", "import_annotations", "merge"):
        file_menu.addAction(a[name])
    file_menu.addSeparator()
    for name in ("backup", "restore"):
        file_menu.addAction(a[name])
    file_menu.addSeparator()
    file_menu.addAction(a["sync"])
    file_menu.addSeparator()
    file_menu.addAction(a["preferences"])
    file_menu.addAction(a["quit"])

    edit_menu = _menu(w, bar, QT_TRANSLATE_NOOP("Menus", "&Edit"))
    a["undo"] = _undo_action(w, QT_TRANSLATE_NOOP("Menus", "&Undo"), w.undo_stack.undo, w.undo_stack.undoText,
                             w.undo_stack.canUndo, w.undo_stack.canUndoChanged, ["Ctrl+Z"])
    a["redo"] = _undo_action(w, QT_TRANSLATE_NOOP("Menus", "&Redo"), w.undo_stack.redo, w.undo_stack.redoText,
                             w.undo_stack.canRedo, w.undo_stack.canRedoChanged, ["Ctrl+Shift+Z", "Ctrl+Y"])
    a["find"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Find articles"), lambda: w.library.search_edit.setFocus(), ["Ctrl+Shift+F"])
    a["delete_article"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Delete &article…"), w.delete_article)
    a["find_in_article"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Find in &article…"), w.find_bar.open_bar, ["Ctrl+F"])
    a["find_next"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Find &next"), w.find_bar.find_next, ["F3"])
    a["find_previous"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Find pre&vious"), w.find_bar.find_previous, ["Shift+F3"])
    a["paste_article"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Paste as new article"), w.paste_article,
                                 ["Ctrl+Shift+V"])
    for name in ("undo", "redo", "find_in_article", "find_next", "find_previous", "find"):
        edit_menu.addAction(a[name])
    edit_menu.addSeparator()
    edit_menu.addAction(a["paste_article"])
    edit_menu.addAction(a["delete_article"])

    claims_menu = _menu(w, bar, QT_TRANSLATE_NOOP("Menus", "&Claims"))
    for c in w.store.categories():
        act = _action(w, "", lambda n=c.name: w.mark_claim(n), [c.shortcut] if c.shortcut else [], _swatch(c.colour), local)
        _retranslated(w, lambda act=act, c=c: act.setText(
            QCoreApplication.translate("Menus", "Mark as %s") % category_label(c, c.name, w.language)))
        a[f"mark_{c.name}"] = act
        claims_menu.addAction(act)
    claims_menu.addSeparator()
    a["accept"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Accept claim"), w.accept_claim, ["A", "Return", "Enter"], "accept", local)
    a["reject"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Reject claim"), w.reject_claim, ["R"], "reject", local)
    a["delete"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Delete claim"), w.delete_claim, ["Del"], "", local)
    a["suggest"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Suggest claims"), w.suggest_claims, ["Ctrl+Shift+S"], "suggest")
    a["compare_claim"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Compare with other sources"), w.compare_claim)
    for name in ("accept", "reject", "delete", "suggest"):
        claims_menu.addAction(a[name])
    keyboard_targets = (w.reader, w.claims_panel.table)
    for target in keyboard_targets:
        target.addActions([a[k] for k in a if k.startswith("mark_")] + [a["accept"], a["reject"], a["delete"]])
    w.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    w.reader.customContextMenuRequested.connect(lambda pos: _reader_menu(w, a, pos))
    claims_table = w.claims_panel.table
    claims_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    claims_table.customContextMenuRequested.connect(lambda pos: _claims_menu(w, a, pos))

    view_menu = _menu(w, bar, QT_TRANSLATE_NOOP("Menus", "&View"))
    a["zoom_in"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Zoom &in"), w.reader.zoom_in, ["Ctrl+=", "Ctrl++"])
    a["zoom_out"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Zoom &out"), w.reader.zoom_out, ["Ctrl+-"])
    a["hidden"] = _action(w, QT_TRANSLATE_NOOP("Menus", "Show &hidden characters"), lambda: None, ["Ctrl+Shift+H"])
    a["hidden"].setCheckable(True)
    a["hidden"].toggled.connect(w.reader.set_show_hidden)
    a["isolate_latin"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Latin runs as written"), lambda: None)
    a["isolate_latin"].setCheckable(True)
    a["isolate_latin"].setChecked(w.settings.isolate_latin)
    _retranslated(w, lambda: a["isolate_latin"].setToolTip(QCoreApplication.translate(
        "Menus", "Show «$2 billion» and «GPT-4o» inside Arabic text as written; off shows the raw Unicode order")))
    a["isolate_latin"].toggled.connect(w.set_isolate_latin)
    a["review"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Review mode"), lambda: w.run_hook("review"), ["Ctrl+R"])
    a["all_claims"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&All claims"), lambda: w.run_hook("all_claims"), ["Ctrl+Shift+A"])
    a["compare"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Compare…"), lambda: w.open_compare())
    for name in ("zoom_in", "zoom_out", "hidden", "isolate_latin", "review", "all_claims", "compare"):
        view_menu.addAction(a[name])
    view_menu.addSeparator()
    a["library_dock"] = w.library_dock.toggleViewAction()
    a["library_dock"].setShortcuts(unique(["Ctrl+Shift+L"]))
    a["claims_dock"] = w.claims_dock.toggleViewAction()
    a["claims_dock"].setShortcuts(unique(["Ctrl+Shift+C"]))
    for name in ("library_dock", "claims_dock"):
        view_menu.addAction(a[name])

    tools_menu = _menu(w, bar, QT_TRANSLATE_NOOP("Menus", "&Tools"))
    a["agreement"] = _action(w, QT_TRANSLATE_NOOP("Menus", "&Agreement…"), lambda: w.run_hook("agreement"))
    tools_menu.addAction(a["agreement"])

    _help_menu(w, a)

    for name in hooks.HOOKS:
        a[name].setEnabled(hooks.available(name))

    toolbar = QToolBar(w)
    toolbar.setObjectName("claimsToolbar")
    _retranslated(w, lambda: (toolbar.setWindowTitle(QCoreApplication.translate("Menus", "Claims")),
                              toolbar.setAccessibleName(QCoreApplication.translate("Menus", "Claim tools"))))
    for name in [k for k in a if k.startswith("mark_")] + ["accept", "reject", "suggest", "import"]:
        toolbar.addAction(a[name])
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.addToolBar(toolbar)
    return a


def _help_menu(w, a: dict[str, QAction]) -> None:
    """Help: Keyboard shortcuts (built from these actions), the tour again, About (on macOS, in the app menu)."""
    # The dialogs' modules load when first opened, not at start-up.
    def shortcuts() -> None:
        from desktop.ui.help.shortcuts import ShortcutsDialog

        _open_dialog(ShortcutsDialog(w))

    def tour() -> None:
        from desktop.ui.help.tour import start_tour

        start_tour(w, w.settings)

    def about() -> None:
        from desktop.ui.help.about import AboutDialog

        _open_dialog(AboutDialog(w.store.path or "", w))

    menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Help"))
    a["shortcuts"] = _action(w, QCoreApplication.translate("Menus", "&Keyboard shortcuts"), shortcuts, ["Ctrl+/"])
    a["tour"] = _action(w, QCoreApplication.translate("Menus", "Show the &tour"), tour)
    a["about"] = _action(w, QCoreApplication.translate("Menus", "&About Hamish"), about)
    a["about"].setMenuRole(QAction.MenuRole.AboutRole)
    for name in ("shortcuts", "tour", "about"):
        menu.addAction(a[name])


def _open_dialog(dialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _reader_menu(w, a: dict[str, QAction], pos) -> None:
    menu = w.reader.createStandardContextMenu(pos)
    menu.addSeparator()
    for name in [k for k in a if k.startswith("mark_")] + ["accept", "reject", "delete"]:
        menu.addAction(a[name])
    under = w.reader.claims_at(w.reader.offsets.from_qt(w.reader.cursorForPosition(pos).position(), snap=True)) \
        if w.reader.ready else []
    if under:  # on a highlight: compare that claim with what other sources say
        menu.addSeparator()
        compare = menu.addAction(a["compare_claim"].text())
        compare.triggered.connect(lambda _checked=False, uuid=under[0].uuid: w.compare_claim(uuid))
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(w.reader.viewport().mapToGlobal(pos))


def _claims_menu(w, a: dict[str, QAction], pos) -> None:
    """Right-click on a claim in the panel: accept, reject, delete, or compare it with other sources."""
    table = w.claims_panel.table
    index = table.indexAt(pos)
    if not index.isValid():
        return
    table.setCurrentIndex(index)
    menu = QMenu(table)
    for name in ("accept", "reject", "delete"):
        menu.addAction(a[name])
    menu.addSeparator()
    menu.addAction(a["compare_claim"])
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w.__dict__["_claims_context_menu"] = menu  # tests find the menu that is open
    menu.popup(table.viewport().mapToGlobal(pos))


def _preferences(w) -> None:
    """Open the Preferences dialog (window-modal); OK saves them and applies the reader font at once."""
    from desktop.ui.preferences import PreferencesDialog  # lazily: it loads the lexicon, not needed to start

    dialog = PreferencesDialog(w.settings, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def save() -> None:
        before = w.settings.language
        dialog.save()
        w.apply_font()
        if w.settings.language != before:
            from desktop.ui.app import configure_app

            configure_app(QApplication.instance(), w.settings.language)  # every open window retranslates itself

    dialog.accepted.connect(save)
    dialog.open()
