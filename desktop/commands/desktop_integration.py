"""``hamish install-desktop``: register Hamish with the desktop (menu entry, icon, file types), or ``--uninstall``."""

from __future__ import annotations

import argparse
import sys

from desktop.cli import CommandError, emit_json, out
from desktop.integration import launch_command, xdg
from desktop.paths import resource


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("install-desktop", help="add Hamish to the application menu and open .hamish stores and "
                       "articles with it (--uninstall removes it)")
    p.add_argument("--uninstall", action="store_true", help="remove what install-desktop added")
    p.add_argument("--json", action="store_true", help='print {"action", "files", "generated", "refreshed"}')
    p.set_defaults(func=cmd_install_desktop, needs_store=False)


def cmd_install_desktop(args: argparse.Namespace, _store=None) -> int:
    if sys.platform == "darwin":  # pragma: no cover - macOS
        out("On macOS, Hamish.app declares its file types itself: move it to Applications and open it once.\n")
        return 0
    if sys.platform == "win32":  # pragma: no cover - Windows
        from desktop.integration import windows

        done = windows.uninstall() if args.uninstall else windows.install(windows.gui_executable(launch_command()[0]))
        for key in done:
            out(f"{'removed' if args.uninstall else 'wrote'} {key}\n")
        return 0
    home = xdg.data_home()
    try:
        if args.uninstall:
            outcome = xdg.uninstall(home)
        else:
            outcome = xdg.install(home, launch_command(), resource("icons", "hamish.svg").read_bytes())
    except OSError as exc:
        raise CommandError(f"{exc.filename or home}: {exc.strerror or exc}") from exc
    verb = "removed" if args.uninstall else "wrote"
    if args.json:
        emit_json({"action": "uninstall" if args.uninstall else "install", "files": [str(p) for p in outcome.files],
                   "generated": [str(p) for p in outcome.generated], "refreshed": outcome.refreshed})
        return 0
    for path in outcome.files:
        out(f"{verb} {path}\n")
    for path in outcome.generated:
        out(f"{verb} {path} (cache)\n")
    for tool in outcome.refreshed:
        out(f"refreshed: {tool}\n")
    if not args.uninstall and not outcome.refreshed:
        out("note: update-mime-database was not found; install shared-mime-info so .hamish files open in Hamish\n")
    return 0
