"""Domain errors: the library raises these, the CLI turns them into one-line messages."""

from __future__ import annotations


class ProvenanceError(Exception):
    """Base class of every error provenance reports to a user."""

    exit_code = 1


class InvalidInput(ProvenanceError):
    """Input that provenance cannot accept (a bad option, file, verdict or URL)."""

    exit_code = 2


class NotFound(ProvenanceError):
    """A claim, source or article that does not exist."""

    exit_code = 3


class Conflict(ProvenanceError):
    """Someone else's change landed first (stale version, duplicate name)."""

    exit_code = 4


class DatabaseProblem(ProvenanceError):
    """The database cannot be used: unreachable, not a database, or an unknown schema."""

    exit_code = 5


class PermissionDenied(ProvenanceError):
    """The database user may not do this."""

    exit_code = 6


class TamperDetected(ProvenanceError):
    """The review history does not match its hash chain: it was changed behind our back."""

    exit_code = 7
