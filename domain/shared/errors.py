"""Errors raised by the domain; only resolvers turn them into GraphQL shapes."""
from __future__ import annotations

from enum import StrEnum


class CommonCode(StrEnum):
    """Codes every domain's errors share (each domain's code enum starts with these, see `error_codes`)."""

    REQUIRED = "REQUIRED"
    VALUE_TOO_LONG = "VALUE_TOO_LONG"
    INVALID_FORMAT = "INVALID_FORMAT"
    INVALID_VALUE = "INVALID_VALUE"
    OUT_OF_RANGE = "OUT_OF_RANGE"
    TOO_MANY_VALUES = "TOO_MANY_VALUES"
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    VALIDATION_FAILED = "VALIDATION_FAILED"


def error_codes(cls: type[StrEnum]) -> type[StrEnum]:
    """Class decorator for a domain's error-code enum: the common codes first, then the domain's own (written in
    the class body). Codes are only ever added, never renamed: clients branch on them."""
    own = [(name, member.value) for name, member in cls.__members__.items()]
    clash = [name for name, _ in own if name in CommonCode.__members__]
    if clash:
        raise TypeError(f"{cls.__name__} repeats common codes {clash}; they come from CommonCode")
    made = StrEnum(cls.__name__, [*((m.name, m.value) for m in CommonCode), *own])  # type: ignore[misc]
    made.__module__, made.__qualname__, made.__doc__ = cls.__module__, cls.__qualname__, cls.__doc__
    return made


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
