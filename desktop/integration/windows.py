"""Windows file associations, per user (HKEY_CURRENT_USER\\Software\\Classes): written for Windows, untested here."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

from desktop.integration import ARTICLE_EXTENSIONS, STORE_EXTENSION

CLASSES = "Software\\Classes"
STORE_PROGID = "Hamish.Store"
ARTICLE_PROGID = "Hamish.Article"


def gui_executable(exe: str) -> str:
    """The bundle's windowed ``hamishw.exe`` beside ``exe`` when there is one (no console window), else ``exe``."""
    windowed = Path(exe).with_name("hamishw.exe")
    return str(windowed) if windowed.is_file() else exe


def registry_values(exe: str) -> list[tuple[str, str, str]]:
    """(key under HKCU, value name, string data) for every value install writes; "" names the default value."""
    open_command = f'"{exe}" "%1"'
    icon = f'"{exe}",0'
    application = f"{CLASSES}\\Applications\\{PureWindowsPath(exe).name}"
    values = [
        (f"{CLASSES}\\{STORE_EXTENSION}", "", STORE_PROGID),
        (f"{CLASSES}\\{STORE_PROGID}", "", "Hamish store"),
        (f"{CLASSES}\\{STORE_PROGID}\\DefaultIcon", "", icon),
        (f"{CLASSES}\\{STORE_PROGID}\\shell\\open\\command", "", open_command),
        (f"{CLASSES}\\{ARTICLE_PROGID}", "", "Article for Hamish"),
        (f"{CLASSES}\\{ARTICLE_PROGID}\\DefaultIcon", "", icon),
        (f"{CLASSES}\\{ARTICLE_PROGID}\\shell\\open\\command", "", open_command),
        (application, "FriendlyAppName", "Hamish"),
        (f"{application}\\shell\\open\\command", "", open_command),
    ]
    for extension in ARTICLE_EXTENSIONS:
        values.append((f"{CLASSES}\\{extension}\\OpenWithProgids", ARTICLE_PROGID, ""))
        values.append((f"{application}\\SupportedTypes", extension, ""))
    return values


def owned_keys() -> list[str]:
    """Keys that are ours alone, deleted whole on uninstall (deepest first)."""
    keys = [f"{CLASSES}\\{p}" for p in (STORE_PROGID, ARTICLE_PROGID, "Applications\\hamish.exe",
                                         "Applications\\hamishw.exe")]
    return keys + [f"{CLASSES}\\{STORE_EXTENSION}"]


def install(exe: str) -> list[str]:  # pragma: no cover - Windows only
    import winreg

    written = []
    for key, name, data in registry_values(exe):
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, data)
        written.append(f"HKCU\\{key}" + (f" [{name}]" if name else ""))
    _notify_shell()
    return written


def uninstall() -> list[str]:  # pragma: no cover - Windows only
    import winreg

    removed = []
    for extension in ARTICLE_EXTENSIONS:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, f"{CLASSES}\\{extension}\\OpenWithProgids", 0,
                                winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, ARTICLE_PROGID)
                removed.append(f"HKCU\\{CLASSES}\\{extension}\\OpenWithProgids [{ARTICLE_PROGID}]")
        except OSError:
            pass
    for key in owned_keys():
        if _delete_tree(winreg, key):
            removed.append(f"HKCU\\{key}")
    _notify_shell()
    return removed


def _delete_tree(winreg, key: str) -> bool:  # pragma: no cover - Windows only
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_ALL_ACCESS) as handle:
            while True:
                try:
                    child = winreg.EnumKey(handle, 0)
                except OSError:
                    break
                _delete_tree(winreg, f"{key}\\{child}")
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
        return True
    except OSError:
        return False


def _notify_shell() -> None:  # pragma: no cover - Windows only
    """Tell Explorer the associations changed (SHChangeNotify SHCNE_ASSOCCHANGED)."""
    import ctypes

    ctypes.windll.shell32.SHChangeNotify(0x08000000, 0, None, None)
