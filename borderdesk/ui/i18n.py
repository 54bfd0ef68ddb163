"""Run-time language: one application translator, switchable while the app runs.

The translations are compiled into the resource module (``:/i18n/borderdesk_<lang>.qm``,
see ``resources/borderdesk.qrc``). Installing a translator makes Qt send a
``LanguageChange`` event to every widget; widgets re-read their texts in
``changeEvent``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
# Each language is named in its own language (an autonym), so a user lost in the
# other language can still find theirs: these are deliberately not translated.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
_LOCALES = {"vi": QLocale("vi_VN"), "en": QLocale("en_GB")}
# Unambiguous short dates: Vietnamese day/month/year, English with the month's name.
DATE_FORMATS = {"vi": "dd/MM/yyyy", "en": "d MMM yyyy"}
QM_PATH = ":/i18n/borderdesk_{lang}.qm"

_translator: QTranslator | None = None
_current = DEFAULT_LANGUAGE


def current() -> str:
    """The language code in use ("vi" or "en")."""
    return _current


def locale() -> QLocale:
    """The QLocale matching the current language (dates, numbers)."""
    return QLocale(_LOCALES[_current])


def normalize(lang: object) -> str:
    """``lang`` if it is a supported language code, else the default language."""
    return lang if isinstance(lang, str) and lang in LANGUAGES else DEFAULT_LANGUAGE


def install(lang: str) -> bool:
    """Make ``lang`` the application's language; True if its translations loaded.

    Replaces the translator installed before, then delivers the ``LanguageChange``
    events at once, so widgets show the new texts when this returns.
    """
    global _translator, _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QApplication")
    lang = normalize(lang)
    translator = QTranslator(app)
    loaded = translator.load(QM_PATH.format(lang=lang))
    if not loaded:
        log.warning("translations for %r not found in the resources", lang)
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator.deleteLater()
        _translator = None
    _current = lang
    QLocale.setDefault(_LOCALES[lang])
    if loaded:
        QCoreApplication.installTranslator(translator)
        _translator = translator
    else:
        translator.deleteLater()
    # QApplication posts LanguageChange to each top-level window; deliver them now so
    # the switch is complete (and testable) without waiting for the event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded
