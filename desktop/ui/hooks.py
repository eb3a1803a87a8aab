"""Entry points into other engineers' windows and dialogs, imported lazily; a missing module disables its action."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

# action name → (module, attribute)
HOOKS: dict[str, tuple[str, str]] = {
    "export": ("desktop.ui.exchange.dialogs", "export_dialog"),
    "import_annotations": ("desktop.ui.exchange.dialogs", "import_annotations_dialog"),
    "merge": ("desktop.ui.exchange.dialogs", "merge_dialog"),
    "agreement": ("desktop.ui.exchange.dialogs", "agreement_dialog"),
    "review": ("desktop.ui.claims.review_mode", "ReviewWindow"),
    "all_claims": ("desktop.ui.claims.table", "ClaimsTableWindow"),
}


def resolve(name: str) -> Callable | None:
    """The callable behind hook ``name``, or None when its module (or the attribute) is not there."""
    module_name, attribute = HOOKS[name]
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, attribute, None)


def available(name: str) -> bool:
    """Whether hook ``name``'s module is there, found without importing it (the menus are built at start-up,
    before the first paint; the module is imported when its action is first used)."""
    module_name, _attribute = HOOKS[name]
    try:
        return importlib.util.find_spec(module_name) is not None
    except ImportError:  # a parent package is missing
        return False
