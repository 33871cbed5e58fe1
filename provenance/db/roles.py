"""Least privilege on PostgreSQL: what a reader, a reviewer and an editor may do.

- reader: list and export (SELECT only).
- reviewer: a reader who may also append reviews and move a claim's status and version.
  Reviews stay append-only for everyone: triggers refuse UPDATE and DELETE.
- editor: a reviewer who may also ingest articles and curate sources.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.engine import Connection

from provenance.errors import InvalidInput, NotFound

_READ_TABLES = (
    "article",
    "sentence",
    "claim",
    "source",
    "source_alias",
    "citation",
    "review",
    "alembic_version",
)
_INGEST_TABLES = ("article", "sentence", "claim", "source", "source_alias", "citation")


class Role(StrEnum):
    reader = "reader"
    reviewer = "reviewer"
    editor = "editor"


def grant_statements(role: Role, grantee: str) -> list[str]:
    """The GRANT statements that give ``grantee`` the rights of ``role`` in this schema."""
    who = _quote_ident(grantee)
    statements = [
        f"GRANT USAGE ON SCHEMA {{schema}} TO {who}",
        f"GRANT SELECT ON {', '.join(_READ_TABLES)} TO {who}",
    ]
    if role in (Role.reviewer, Role.editor):
        statements += [
            f"GRANT INSERT ON review TO {who}",
            f"GRANT USAGE ON SEQUENCE review_id_seq TO {who}",
            f"GRANT UPDATE (status, version) ON claim TO {who}",
        ]
    if role == Role.editor:
        sequences = ", ".join(f"{t}_id_seq" for t in _INGEST_TABLES)
        statements += [
            f"GRANT INSERT, UPDATE, DELETE ON {', '.join(_INGEST_TABLES)} TO {who}",
            f"GRANT USAGE ON SEQUENCE {sequences} TO {who}",
        ]
    return statements


def grant(conn: Connection, role: Role, grantee: str) -> list[str]:
    """Give the existing database role ``grantee`` the rights of ``role``; returns the SQL."""
    if conn.dialect.name != "postgresql":
        raise InvalidInput("roles are a PostgreSQL feature; SQLite has no users")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": grantee})
    if exists.scalar() is None:
        raise NotFound(f"no database role named {grantee!r}: CREATE ROLE it first")
    schema = _quote_ident(conn.execute(text("SELECT current_schema()")).scalar_one())
    done = []
    for statement in grant_statements(role, grantee):
        sql = statement.replace("{schema}", schema)
        conn.exec_driver_sql(sql)
        done.append(sql)
    return done


def _quote_ident(name: str) -> str:
    if not name or "\x00" in name:
        raise InvalidInput(f"not a role name: {name!r}")
    return '"' + name.replace('"', '""') + '"'
