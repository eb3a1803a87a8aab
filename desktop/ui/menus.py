"""The main window's menus, toolbar and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMainWindow, QToolBar

from desktop.paths import resource

from desktop.ui import hooks
from desktop.ui.formatting import category_label
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.shortcuts import unique




def _icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def _swatch(colour: str) -> QIcon:
    """A square of a category's colour, for its menu and toolbar entries."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _action(window: QMainWindow, text: str, slot: Callable, shortcuts=(), icon: str | QIcon = "",
            context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    if isinstance(icon, QIcon):
        action = QAction(icon, text, window)
    else:
        action = QAction(_icon(icon), text, window) if icon else QAction(text, window)
    action.setShortcuts(unique(shortcuts))
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(w) -> dict[str, QAction]:
    """Create every action of MainWindow ``w``, its menus and toolbar; returns actions by name."""
    a: dict[str, QAction] = {}
    bar = w.menuBar()
    local = Qt.ShortcutContext.WidgetWithChildrenShortcut

    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    a["import"] = _action(w, QCoreApplication.translate("Menus", "&Import articles…"), w.import_dialog, ["Ctrl+I"], "import")
    a["open_store"] = _action(w, QCoreApplication.translate("Menus", "&Open store…"), w.open_store_dialog, ["Ctrl+O"])
    a["new_store"] = _action(w, QCoreApplication.translate("Menus", "&New store…"), w.new_store_dialog, ["Ctrl+N"])
    a["export"] = _action(w, QCoreApplication.translate("Menus", "&Export…"), lambda: w.run_hook("export"), ["Ctrl+E"])
    a["import_annotations"] = _action(w, QCoreApplication.translate("Menus", "Import &annotations…"), lambda: w.run_hook("import_annotations"))
    a["merge"] = _action(w, QCoreApplication.translate("Menus", "&Merge store…"), lambda: w.run_hook("merge"))
    a["preferences"] = _action(w, QCoreApplication.translate("Menus", "&Preferences…"), lambda: _preferences(w), ["Ctrl+,"])
    a["quit"] = _action(w, QCoreApplication.translate("Menus", "&Quit"), w.close, ["Ctrl+Q"])
    for name in ("import", "open_store", "new_store"):
        file_menu.addAction(a[name])
    w.recent_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "&Recent stores"))
    w.rebuild_recent_menu()
    file_menu.addSeparator()
    for name in ("export", "import_annotations", "merge"):
        file_menu.addAction(a[name])
    file_menu.addSeparator()
    file_menu.addAction(a["preferences"])
    file_menu.addAction(a["quit"])

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    a["undo"] = w.undo_stack.createUndoAction(w, QCoreApplication.translate("Menus", "&Undo"))
    a["undo"].setShortcuts(unique(["Ctrl+Z"]))
    a["redo"] = w.undo_stack.createRedoAction(w, QCoreApplication.translate("Menus", "&Redo"))
    a["redo"].setShortcuts(unique(["Ctrl+Shift+Z", "Ctrl+Y"]))
    a["find"] = _action(w, QCoreApplication.translate("Menus", "&Find articles"), lambda: w.library.search_edit.setFocus(), ["Ctrl+Shift+F"])
    a["delete_article"] = _action(w, QCoreApplication.translate("Menus", "Delete &article…"), w.delete_article)
    for name in ("undo", "redo", "find"):
        edit_menu.addAction(a[name])
    edit_menu.addSeparator()
    edit_menu.addAction(a["delete_article"])

    claims_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Claims"))
    for c in w.store.categories():
        label = category_label(c, c.name, w.language)
        act = _action(w, QCoreApplication.translate("Menus", "Mark as %s") % label, lambda n=c.name: w.mark_claim(n),
                      [c.shortcut] if c.shortcut else [], _swatch(c.colour), local)
        a[f"mark_{c.name}"] = act
        claims_menu.addAction(act)
    claims_menu.addSeparator()
    a["accept"] = _action(w, QCoreApplication.translate("Menus", "&Accept claim"), w.accept_claim, ["A", "Return", "Enter"], "accept", local)
    a["reject"] = _action(w, QCoreApplication.translate("Menus", "&Reject claim"), w.reject_claim, ["R"], "reject", local)
    a["delete"] = _action(w, QCoreApplication.translate("Menus", "&Delete claim"), w.delete_claim, ["Del"], "", local)
    a["suggest"] = _action(w, QCoreApplication.translate("Menus", "&Suggest claims"), w.suggest_claims, ["Ctrl+Shift+S"], "suggest")
    for name in ("accept", "reject", "delete", "suggest"):
        claims_menu.addAction(a[name])
    keyboard_targets = (w.reader, w.claims_panel.table)
    for target in keyboard_targets:
        target.addActions([a[k] for k in a if k.startswith("mark_")] + [a["accept"], a["reject"], a["delete"]])
    w.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    w.reader.customContextMenuRequested.connect(lambda pos: _reader_menu(w, a, pos))

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    a["zoom_in"] = _action(w, QCoreApplication.translate("Menus", "Zoom &in"), w.reader.zoom_in, ["Ctrl+=", "Ctrl++"])
    a["zoom_out"] = _action(w, QCoreApplication.translate("Menus", "Zoom &out"), w.reader.zoom_out, ["Ctrl+-"])
    a["hidden"] = _action(w, QCoreApplication.translate("Menus", "Show &hidden characters"), lambda: None, ["Ctrl+Shift+H"])
    a["hidden"].setCheckable(True)
    a["hidden"].toggled.connect(w.reader.set_show_hidden)
    a["isolate_latin"] = _action(w, QCoreApplication.translate("Menus", "&Latin runs as written"), lambda: None)
    a["isolate_latin"].setCheckable(True)
    a["isolate_latin"].setChecked(w.settings.isolate_latin)
    a["isolate_latin"].setToolTip(QCoreApplication.translate(
        "Menus", "Show «$2 billion» and «GPT-4o» inside Arabic text as written; off shows the raw Unicode order"))
    a["isolate_latin"].toggled.connect(w.set_isolate_latin)
    a["review"] = _action(w, QCoreApplication.translate("Menus", "&Review mode"), lambda: w.run_hook("review"), ["Ctrl+R"])
    a["all_claims"] = _action(w, QCoreApplication.translate("Menus", "&All claims"), lambda: w.run_hook("all_claims"), ["Ctrl+Shift+A"])
    for name in ("zoom_in", "zoom_out", "hidden", "isolate_latin", "review", "all_claims"):
        view_menu.addAction(a[name])
    view_menu.addSeparator()
    a["library_dock"] = w.library_dock.toggleViewAction()
    a["library_dock"].setShortcuts(unique(["Ctrl+Shift+L"]))
    a["claims_dock"] = w.claims_dock.toggleViewAction()
    a["claims_dock"].setShortcuts(unique(["Ctrl+Shift+C"]))
    for name in ("library_dock", "claims_dock"):
        view_menu.addAction(a[name])

    tools_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Tools"))
    a["agreement"] = _action(w, QCoreApplication.translate("Menus", "&Agreement…"), lambda: w.run_hook("agreement"))
    tools_menu.addAction(a["agreement"])

    _help_menu(w, a)

    for name in hooks.HOOKS:
        a[name].setEnabled(hooks.resolve(name) is not None)

    toolbar = QToolBar(QCoreApplication.translate("Menus", "Claims"), w)
    toolbar.setObjectName("claimsToolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("Menus", "Claim tools"))
    for name in [k for k in a if k.startswith("mark_")] + ["accept", "reject", "suggest", "import"]:
        toolbar.addAction(a[name])
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.addToolBar(toolbar)
    return a


def _help_menu(w, a: dict[str, QAction]) -> None:
    """Help: Keyboard shortcuts (built from these actions), the tour again, About (on macOS, in the app menu)."""
    from desktop.ui.help import about, shortcuts, tour

    menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Help"))
    a["shortcuts"] = _action(w, QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
                             lambda: _open_dialog(shortcuts.ShortcutsDialog(w)), ["Ctrl+/"])
    a["tour"] = _action(w, QCoreApplication.translate("Menus", "Show the &tour"), lambda: tour.start_tour(w, w.settings))
    a["about"] = _action(w, QCoreApplication.translate("Menus", "&About Hamish"),
                         lambda: _open_dialog(about.AboutDialog(w.store.path or "", w)))
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
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(w.reader.viewport().mapToGlobal(pos))


def _preferences(w) -> None:
    """Open the Preferences dialog (window-modal); OK saves them and applies the reader font at once."""
    dialog = PreferencesDialog(w.settings, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def save() -> None:
        dialog.save()
        w.apply_font()

    dialog.accepted.connect(save)
    dialog.open()
