"""Subcommands of ``keydesk``: each module registers its parsers with ``register(subparsers)``."""
