"""Render the main window (or its Compare window) to a PNG, under Xvfb or offscreen: ``python -m desktop.ui.help.screenshot OUT.png --store S``."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.core.importing import ImportFailure, import_file
from desktop.core.store.database import Store, StoreError

from desktop.ui.app import configure_app, create_app
from desktop.ui.library.import_worker import suggest_claims
from desktop.ui.settings import AppSettings


def _settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.help.screenshot", description=__doc__)
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--store", type=Path, required=True, help="the store to show (created if missing)")
    parser.add_argument("--import", dest="imports", type=Path, action="append", default=[],
                        help="import this file first and suggest its claims (repeatable)")
    parser.add_argument("--confirm", type=int, default=3, help="confirm this many suggestions of the shown article")
    parser.add_argument("--language", choices=("en", "ar"), default="en")
    parser.add_argument("--size", default="1400x900", help="window size, WxH")
    parser.add_argument("--compare", metavar="SUBJECT[/CATEGORY]",
                        help="grab the Compare window (View › Compare) on this subject, at the same size, instead")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    try:
        store = Store.open(args.store)
        shown = None
        for path in args.imports:
            article, new = store.add_document(import_file(path))
            if new:
                suggest_claims(store, article.id)
                for a in store.annotations(article.id)[: args.confirm]:
                    store.update_annotation(a.uuid, status="confirmed")
            shown = article.id
    except (StoreError, ImportFailure) as exc:
        sys.stderr.write(f"screenshot: error: {exc}\n")
        return 1
    from desktop.ui.main_window import MainWindow

    app = create_app()
    configure_app(app, args.language)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        settings.language = args.language
        window = MainWindow(store, settings)
        window.resize(width, height)
        window.show()
        if shown is not None:
            window.open_article(shown)
        _settle(app, 1.0)
        shot = window
        if args.compare:
            subject, _, category = args.compare.partition("/")
            shot = window.open_compare(subject, category or None)
            shot.resize(width, height)
            for _ in range(200):  # the chart is built on a later turn (its first use imports pyqtgraph)
                if shot.chart is not None:
                    break
                _settle(app, 0.1)
            _settle(app, 1.0)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        ok = shot.grab().save(str(args.out))
        window.close()
    store.close()
    if not ok:
        sys.stderr.write(f"screenshot: error: could not write {args.out}\n")
        return 1
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
