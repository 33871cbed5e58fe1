"""A throwaway PostgreSQL schema, for tests and benchmarks that must not touch real data."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

from sqlalchemy import create_engine

from provenance.db.engine import resolve_url


@contextmanager
def scratch_schema(server_url: str, prefix: str = "scratch") -> Iterator[str]:
    """Create an empty schema on the server; yield a URL that selects it (search_path);
    drop it, with everything in it, on exit."""
    base = resolve_url(server_url).render_as_string(hide_password=False)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options={quote(f'-csearch_path={name}')}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")
        admin.dispose()
