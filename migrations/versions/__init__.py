"""Alembic revisions, one small migration per change, oldest first."""
