"""Storage: SQLAlchemy models, engine and schema migration."""
