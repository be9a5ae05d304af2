"""Build helpers for Keydesk's packages (`make dist`, `make dist-check`); not shipped in them."""
