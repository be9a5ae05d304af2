"""The data layer: SQLAlchemy Core tables, engines and versioned migrations."""
