# Run-time hook for PySide6 in Keydesk's bundle, in place of PyInstaller's pyi_rth_pyside6.
#
# PyInstaller's hook imports PySide6.QtCore at every start, to register a qt.conf that the PySide6
# wheel's QtCore registers by itself when imported. That cost about 0.2 s for every command
# (`keydesk --version`, `keydesk list` never use Qt) and loaded Qt before the GUI could fork its
# unlock process, which start-up relies on (docs/ui.md, "Start-up"). This hook only points Qt at
# the bundle's plugins, as PyInstaller's does, and leaves importing Qt to the app.


def _keydesk_qt_plugin_path():
    import os
    import sys

    base = sys._MEIPASS  # PyInstaller's bundle folder
    qt = (
        os.path.join(base, "PySide6")
        if sys.platform.startswith("win")
        else os.path.join(base, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


_keydesk_qt_plugin_path()
del _keydesk_qt_plugin_path
