"""Keydesk reference server: the security API the admin pane talks to (DESIGN §7)."""

__all__ = ["__version__"]

__version__ = "0.1.0"
