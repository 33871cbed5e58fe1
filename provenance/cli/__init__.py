"""Command-line interface: thin typer commands over the library."""

from provenance.cli.app import app


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
