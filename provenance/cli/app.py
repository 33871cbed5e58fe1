"""The root `provenance` command: global options, command registration, error reporting."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from provenance import __version__
from provenance.cli.common import CliState, stderr
from provenance.errors import DatabaseProblem, PermissionDenied, ProvenanceError

INTERNAL_ERROR = 70
PG_INSUFFICIENT_PRIVILEGE = "42501"


class ProvenanceGroup(TyperGroup):
    """Reports every failure as one line on stderr with a documented exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **kwargs: Any,
    ) -> Any:
        run = super().main
        if not standalone_mode:
            return run(args, prog_name, complete_var, False, windows_expand_args, **kwargs)
        try:
            result = run(args, prog_name, complete_var, False, windows_expand_args, **kwargs)
        except typer.Abort:
            _fail("aborted")
            sys.exit(1)
        except ProvenanceError as exc:
            _fail(f"error: {exc}")
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted")
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (`| head`); nothing left to say
            sys.exit(0)
        except SystemExit as exc:
            # click turns a broken pipe inside a command into exit 1 and swaps in a wrapper
            # that keeps the final flush quiet: the reader went away, nothing failed
            if exc.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
                sys.exit(0)
            raise
        except Exception as exc:
            if _is_usage_error(exc):
                if type(exc).__name__ != "NoArgsIsHelpError":  # help was already shown
                    _fail(f"error: {exc.format_message()}{_help_hint(exc)}")  # type: ignore[attr-defined]
                sys.exit(exc.exit_code)  # type: ignore[attr-defined]
            if os.environ.get("PROVENANCE_DEBUG"):
                raise
            message, code = _unexpected(exc)
            _fail(message)
            sys.exit(code)
        sys.exit(result if isinstance(result, int) else 0)


def _fail(message: str) -> None:
    stderr().print(message, markup=False, soft_wrap=True)


def _is_usage_error(exc: Exception) -> bool:
    """Click's own exceptions (bad option, missing argument), by shape: typer vendors click."""
    return hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int)


def _help_hint(exc: Exception) -> str:
    ctx = getattr(exc, "ctx", None)
    return f" (see '{ctx.command_path} --help')" if ctx is not None else ""


def _unexpected(exc: Exception) -> tuple[str, int]:
    """One line and an exit code for an error the library did not anticipate."""
    from provenance.db.schema import first_line

    if type(exc).__module__.startswith("sqlalchemy"):
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == PG_INSUFFICIENT_PRIVILEGE:
            return f"error: permission denied: {first_line(exc)}", PermissionDenied.exit_code
        return f"database error: {first_line(exc)}", DatabaseProblem.exit_code
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"error: {exc.strerror or exc}{where}", 1
    hint = "PROVENANCE_DEBUG=1 shows more"
    return f"internal error: {type(exc).__name__}: {first_line(exc)} ({hint})", INTERNAL_ERROR


app = typer.Typer(
    cls=ProvenanceGroup,
    name="provenance",
    help="Track where the factual claims in news articles come from, and review them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # Plain help: typer's rich help costs ~0.1 s of imports (rich.markdown, markdown_it)
    # on every `--help`, more than typer itself. Data output stays rich.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"provenance {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="PROVENANCE_DB",
            help="Database URL (sqlite:///file.db, postgresql://...) or a SQLite file path. "
            "Default: ./provenance.db",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Track where the factual claims in news articles come from, and review them."""
    ctx.obj = CliState(db=db)


# Command modules register themselves here, one line each. They import SQLAlchemy only
# inside their commands, so that `provenance --help` starts fast.
from provenance.cli import claims as _claims  # noqa: E402
from provenance.cli import db as _db  # noqa: E402
from provenance.cli import export as _export  # noqa: E402
from provenance.cli import ingest as _ingest  # noqa: E402
from provenance.cli import review as _review  # noqa: E402
from provenance.cli import sources as _sources  # noqa: E402

_ingest.register(app)
_claims.register(app)
_sources.register(app)
_db.register(app)
_export.register(app)
_review.register(app)
