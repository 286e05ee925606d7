"""Deny by default: every root field names the scope it needs (or says it is public)."""
from __future__ import annotations

from typing import Any

from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension

from domain.shared.scopes import Scope
from schema.errors import forbidden, persisted_required, unauthenticated


class RequireScope(BasePermission):
    """The caller must be signed in and hold `scope`."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        who = info.context.principal
        if not who.authenticated:
            raise unauthenticated(who.auth_error)
        if self.scope not in who.scopes:
            raise forbidden(self.scope.value)
        return True


class RequireAuthentication(BasePermission):
    """The caller must be signed in (any role)."""

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        who = info.context.principal
        if not who.authenticated:
            raise unauthenticated(who.auth_error)
        return True


class AllowAnyone(BasePermission):
    """An explicit, reviewed decision that a field is public (e.g. userLogin)."""

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return True


def needs(scope: Scope) -> list[FieldExtension]:
    return [PermissionExtension(permissions=[RequireScope(scope)], use_directives=False)]


def signed_in() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[RequireAuthentication()], use_directives=False)]


def public() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[AllowAnyone()], use_directives=False)]


class PublicApp(BasePermission):
    """Public-app fields (PUB-…): readable by anyone, but anonymous callers and insured persons must send a
    persisted (allow-listed) operation, generated from the mini-program's documents; partners and staff may
    send documents of their own. With `scope`, the caller must also be signed in and hold it (an insured
    person's own records)."""

    def __init__(self, scope: Scope | None = None) -> None:
        self.scope = scope

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        ctx = info.context
        who = ctx.principal
        if who.public_app and not ctx.persisted:
            raise persisted_required()
        if self.scope is not None:
            if not who.authenticated:
                raise unauthenticated(who.auth_error)
            if self.scope not in who.scopes:
                raise forbidden(self.scope.value)
        return True


def public_app(scope: Scope | None = None) -> list[FieldExtension]:
    return [PermissionExtension(permissions=[PublicApp(scope)], use_directives=False)]
