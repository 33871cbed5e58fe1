"""Alembic migrations of the provenance schema (installed as provenance.migrations)."""
