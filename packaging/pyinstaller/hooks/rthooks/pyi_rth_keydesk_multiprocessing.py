# Run-time hook for multiprocessing in Keydesk's bundle, in place of PyInstaller's
# pyi_rth_multiprocessing, which imports multiprocessing at every start so that its spawn and
# forkserver methods can re-run the frozen program. Keydesk never uses multiprocessing (the GUI
# forks its unlock process with os.fork); the module is in the bundle only because
# concurrent.futures can import it. Importing it cost 15-45 ms of every start.
