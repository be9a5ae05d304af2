# Run-time hook for inspect in Keydesk's bundle, in place of PyInstaller's pyi_rth_inspect.
#
# PyInstaller stores code with file names relative to the bundle, so inspect.getsourcefile() must
# be taught to resolve them. PyInstaller's hook does that at every start, importing inspect and
# zipfile first (for base_library.zip, which this bundle does not have: its standard library is in
# plain .pyc files). This hook patches inspect when something imports it (the GUI does, later).


def _keydesk_after_import(name, patch):
    """Run patch(module) right after `name` is first imported, by wrapping its loader."""
    import sys

    class AfterImport:
        def find_spec(self, fullname, path=None, target=None):
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                find = getattr(finder, "find_spec", None)
                spec = find(fullname, path, target) if find else None
                if spec is not None:
                    break
            else:
                return None
            loader = spec.loader
            load = loader.exec_module

            def exec_module(module):
                del loader.exec_module  # its own method again, should the loader be shared
                load(module)
                patch(module)

            try:  # noqa: SIM105 - contextlib is not imported yet this early
                loader.exec_module = exec_module
            except AttributeError:
                pass  # a loader that takes no attributes: the module stays unpatched
            return spec

    sys.meta_path.insert(0, AfterImport())


def _keydesk_resolve_bundle_names(inspect):
    import os
    import sys

    bundle = os.path.normpath(sys._MEIPASS)  # PyInstaller's bundle folder
    original = inspect.getsourcefile

    def getsourcefile(obj):
        filename = os.path.normpath(inspect.getfile(obj))
        if os.path.isabs(filename):
            return filename if filename.startswith(bundle) else original(obj)
        main = getattr(sys.modules["__main__"], "__file__", None)
        if main and filename == os.path.basename(main):
            return main
        return os.path.join(bundle, filename)  # where the module's file would be

    inspect.getsourcefile = getsourcefile


_keydesk_after_import("inspect", _keydesk_resolve_bundle_names)
del _keydesk_after_import, _keydesk_resolve_bundle_names
