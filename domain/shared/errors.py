"""Errors raised by the domain; only resolvers turn them into GraphQL shapes."""
from __future__ import annotations


class DomainError(Exception):
    """A rule or validation failure the user can fix. Carries a stable code and an optional field path."""

    code: str = "INVALID"

    def __init__(self, message: str, *, code: str | None = None, field: list[str] | None = None,
                 details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field
        self.details = details or {}


class ValidationFailed(DomainError):
    """Several field errors found at once; `errors` holds each."""

    code = "VALIDATION_FAILED"

    def __init__(self, errors: list[DomainError]) -> None:
        super().__init__("; ".join(e.message for e in errors), field=None)
        self.errors = errors


class NotFound(DomainError):
    code = "NOT_FOUND"


class Forbidden(DomainError):
    """The caller is authenticated but this rule forbids the action (e.g. separation of duties)."""

    code = "FORBIDDEN"
