"""Data access on SQLAlchemy Core: small functions that take a connection."""
