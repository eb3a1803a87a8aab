"""UI languages: which are right-to-left, which to use by default, and loading the Qt translation files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource

UI_LANGUAGES = ("en", "ar")
_RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"})
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
TRANSLATOR_NAME = "hamishTranslator"


def is_rtl(language: str) -> bool:
    """True for languages written right to left (``ar``, ``ar_EG``, ``fa-IR`` …)."""
    base = language.replace("-", "_").split("_")[0].lower()
    return base in _RTL_LANGUAGES


def system_language() -> str:
    """The UI language that follows the system locale: Arabic for any Arabic locale, else English."""
    name = QLocale.system().name()
    return "ar" if name.lower().startswith("ar") else "en"


def ui_locale(language: str) -> QLocale:
    """The locale for numbers in the UI: the system's when it speaks ``language``, else that language's default."""
    wanted = QLocale.Language.Arabic if language == "ar" else QLocale.Language.English
    system = QLocale.system()
    chosen = system if system.language() == wanted else QLocale(wanted)  # C/POSIX → English (United States)
    chosen.setNumberOptions(chosen.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return chosen


def app_language() -> str:
    """The UI language the app was configured with (``configure_app`` sets the default locale from it)."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def isolate(value: str) -> str:
    """Wrap an inserted value in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so it cannot scramble a label."""
    return f"{FSI}{value}{PDI}"


def load_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """A translator for ``language`` from resources/translations, or None for English or a missing file."""
    if language == "en":
        return None
    translator = QTranslator(parent)
    path = resource("translations", f"hamish_{language}.qm")
    if not path.exists() or not translator.load(str(path)):
        return None
    return translator


def load_qt_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Qt's own translation of its standard texts (Close, Cancel, Copy …) for ``language``, or None."""
    if language == "en":
        return None
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translators for ``language`` on ``app`` (ours and Qt's standard texts); returns ours.

    The translators installed for an earlier language are removed first, so switching back and forth
    leaves exactly one set. Installing or removing a translator sends every widget a LanguageChange
    event: each retranslates itself.
    """
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    qt_translator = load_qt_translator(language, app)  # the app owns both, so they live as long as the app
    if qt_translator is not None:
        qt_translator.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(qt_translator)
    translator = load_translator(language, app)
    if translator is not None:
        translator.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(translator)  # installed last, so it is asked first
    return translator
