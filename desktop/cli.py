"""The ``hamish`` command: sub-commands are a thin layer over ``desktop.core``; no sub-command opens the GUI."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__
from desktop.commands.help_ar import arabize, cli_language
from desktop.core.store.database import Store, StoreError
from desktop.core.store.errors import explain
from desktop.integration import ARTICLE_EXTENSIONS, STORE_SUFFIXES
from desktop.paths import default_store_path

# Modules that add sub-commands: each has ``register(subparsers)``; handlers take (args, store) → exit code.
COMMAND_MODULES = ["desktop.commands.library", "desktop.commands.suggesting", "desktop.commands.maintenance",
                   "desktop.commands.desktop_integration", "desktop.commands.team",
                   "desktop.commands.compare"]
OPTIONAL_COMMAND_MODULES = ["desktop.commands.exchange"]


class CommandError(Exception):
    """A problem to report to the user in one line, exit status 1."""


def emit_json(obj: dict) -> None:
    """One JSON object on one line."""
    out(json.dumps(obj, ensure_ascii=False) + "\n")


def out(s: str) -> None:
    sys.stdout.write(s)


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """The command line; its help is in Arabic when ``language`` (default: the locale's) is Arabic."""
    parser = argparse.ArgumentParser(
        prog="hamish",
        description="Hamish (هامش): read Arabic news and annotate its claims. Without a command, opens the app; "
                    "with files, opens them in the app (.hamish stores open, articles are imported).",
    )
    parser.add_argument("--store", metavar="PATH", type=Path, help="the store file (default: $HAMISH_STORE or "
                        "hamish.db in your data folder)")
    parser.add_argument("--version", action="version", version=f"hamish {__version__}",
                        help="show the version and exit")
    parser._positionals.title = "commands"
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for name in OPTIONAL_COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    if (language or cli_language()) == "ar":
        arabize(parser)
    return parser


def split_launch(argv: Sequence[str], commands: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split ``hamish [--store PATH] FILE...`` into (the global options, the files to open in the app).

    Files come from the desktop ("Open with Hamish", a double-clicked store) or the shell. A first word that is a
    sub-command or an option leaves argv whole (no files); so does one that names no file and has no suffix we know.
    """
    argv = list(argv)
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--store" or word.startswith("--store="):
            i += 1 if "=" in word else 2
            continue
        if word.startswith("-") or word in commands:
            return argv, []
        path = Path(word)
        suffix = path.suffix.lower()
        if path.exists() or suffix in STORE_SUFFIXES or suffix in ARTICLE_EXTENSIONS:
            return argv[:i], argv[i:]
        return argv, []
    return argv, []


def missing_display(environ: dict | None = None, platform: str | None = None) -> str | None:
    """Why the app cannot open a window here (Linux with no X11 or Wayland display), or None.

    Without this check Qt aborts the interpreter ("could not connect to display").
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no display to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop "
            "session, or use a sub-command such as 'hamish import' (see 'hamish --help')")


def _say_waiting(message: str) -> None:
    sys.stderr.write(f"hamish: {message}\n")
    sys.stderr.flush()


def _configure_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _configure_streams()
    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    argv, files = split_launch(sys.argv[1:] if argv is None else argv, list(subs.choices))
    args = parser.parse_args(argv)
    store_path = args.store or default_store_path()
    if args.command is None:
        problem = missing_display()
        if problem:
            sys.stderr.write(f"hamish: error: {problem}\n")
            return 1
        from desktop.ui.app import run_app

        return run_app(args.store, files=[str(Path(f).absolute()) for f in files])
    handler: Callable[[argparse.Namespace, Store | None], int] = args.func
    store = None
    try:
        if not getattr(args, "needs_store", True):  # install-desktop needs no store at all
            return handler(args, None)
        if getattr(args, "store_path_only", False):  # check and recover never open (nor migrate) the store
            return handler(args, Path(store_path))
        options = getattr(args, "store_options", None)  # a command may open the store read-only, say
        store = Store.open(store_path, on_wait=_say_waiting, **(options(args) if options else {}))
        return handler(args, store)
    except sqlite3.Error as exc:  # a lock held too long, a full disk, a damaged page met while reading
        sys.stderr.write(f"hamish: error: {explain(exc, store_path)}\n")
        return 1
    except (StoreError, CommandError) as exc:
        sys.stderr.write(f"hamish: error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("hamish: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug of ours: one line for the user, the traceback only on request
        if os.environ.get("HAMISH_DEBUG"):
            raise
        sys.stderr.write(f"hamish: internal error: {type(exc).__name__}: {exc} (set HAMISH_DEBUG=1 for details)\n")
        return 2
    finally:
        if store is not None:
            store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
