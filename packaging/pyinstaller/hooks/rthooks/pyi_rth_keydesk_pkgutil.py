# Run-time hook for pkgutil in Keydesk's bundle, in place of PyInstaller's pyi_rth_pkgutil.
#
# pkgutil.iter_modules() must list the modules PyInstaller's finder serves (the CLI finds its
# subcommands that way). PyInstaller's hook teaches pkgutil that at every start, importing pkgutil
# first; the GUI never imports it, and with inspect's hook (pyi_rth_keydesk_inspect.py) that made
# the bundle's cold start ~30 ms slower than the venv's before any of Keydesk's code ran. This hook
# does the same teaching when something imports pkgutil, and costs nothing otherwise.


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


def _keydesk_list_frozen_modules(pkgutil):
    import pyimod02_importers  # PyInstaller's importer

    def iter_frozen(finder, prefix=""):
        # The archive's modules below the finder's package, then the files next to them.
        node = pyimod02_importers.get_pyz_toc_tree()
        for part in filter(None, finder._pyz_entry_prefix.split(".")):
            node = node.get(part) if isinstance(node, dict) else None
        for child, entry in node.items() if isinstance(node, dict) else ():
            yield prefix + child, isinstance(entry, dict)
        if finder.fallback_finder is not None:
            yield from pkgutil.iter_importer_modules(finder.fallback_finder, prefix)

    pkgutil.iter_importer_modules.register(pyimod02_importers.PyiFrozenFinder, iter_frozen)


_keydesk_after_import("pkgutil", _keydesk_list_frozen_modules)
del _keydesk_after_import, _keydesk_list_frozen_modules
