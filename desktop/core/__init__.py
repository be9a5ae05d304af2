"""Pure-Python core of Keydesk: accounts, codes, vault, keyring, QR input. Never imports PySide6."""
