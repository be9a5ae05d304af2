"""Loading the translation for the chosen language (the setting) or the system locale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui.resources import translations_dir

SOURCE_LANGUAGE = "en"


def language_for(setting: str) -> str:
    return setting or QLocale.system().name().split("_")[0]


def install_translation(app: QApplication, setting: str) -> str:
    """Install Keydesk's and Qt's own translators; returns the language in use."""
    language = language_for(setting)
    if language == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(f"keydesk_{language}", str(translations_dir())):
        return SOURCE_LANGUAGE
    app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    QLocale.setDefault(QLocale(language))
    return language


def remove_translations(app: QApplication) -> None:
    """Back to the English source (tests switch languages within one process)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale(QLocale.Language.English))
