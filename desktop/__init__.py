"""Keydesk: desktop authenticator and security console."""

__version__ = "0.1.0"
