"""`python -m provenance` runs the command-line interface."""

from provenance.cli import main

main()
