"""Error shapes: coded top-level errors for auth and bad requests, and the UserError interface for payloads."""
from __future__ import annotations

import uuid
from enum import Enum
from typing import Any, TypeVar

import strawberry
from graphql import GraphQLError

from domain.shared.errors import DomainError, ValidationFailed


def error_id(exc: BaseException) -> str:
    """A short id for an unexpected error, the same in the log and in the masked message the client gets."""
    found = getattr(exc, "_zhilian_error_id", None)
    if found is None:
        found = uuid.uuid4().hex[:12]
        try:
            exc._zhilian_error_id = found  # type: ignore[attr-defined]
        except AttributeError:  # an exception type with slots: the id is only in the response then
            pass
    return found


class ApiError(GraphQLError):
    """A top-level error the client should see unmasked, with `extensions.code`."""

    def __init__(self, message: str, code: str, **extra: Any) -> None:
        super().__init__(message, extensions={"code": code, **extra})


def unauthenticated(reason: str | None = None) -> ApiError:
    messages = {"TOKEN_EXPIRED": "登录已过期，请重新登录", "TOKEN_INVALID": "令牌无效，请重新登录",
                "TOKEN_REVOKED": "账号状态或权限已变更，请重新登录"}
    return ApiError(messages.get(reason or "", "请先登录"), "UNAUTHENTICATED", reason=reason or "NO_TOKEN")


def forbidden(scope: str | None = None) -> ApiError:
    return ApiError("您没有访问此数据的权限", "FORBIDDEN", **({"scope": scope} if scope else {}))


def persisted_required() -> ApiError:
    return ApiError("公众端只接受已登记的查询（persisted operation），请使用正式发布的小程序或 H5 页面",
                    "PERSISTED_QUERY_REQUIRED")


def rate_limited(retry_after: int) -> ApiError:
    return ApiError(f"请求过于频繁，请 {retry_after} 秒后再试", "RATE_LIMITED", retryAfter=retry_after)


def bad_input(message: str, code: str = "BAD_USER_INPUT", field: list[str] | None = None) -> ApiError:
    return ApiError(message, "BAD_USER_INPUT", reason=code, **({"field": field} if field else {}))


@strawberry.interface(description="可由用户修正的业务错误（不改变任何数据）")
class UserError:
    field: list[str] | None = strawberry.field(description="出错的输入字段路径（驼峰命名），与表单字段对应")
    message: str = strawberry.field(description="面向用户的中文说明")


E = TypeVar("E")


def _shape(error_type: type) -> tuple[type[Enum], frozenset[str]]:
    """The code enum of a per-domain UserError type (its `code` field's type) and its field names."""
    fields = error_type.__strawberry_definition__.fields  # type: ignore[attr-defined]
    code = next(f for f in fields if f.python_name == "code")
    return code.type.wrapped_cls, frozenset(f.python_name for f in fields)  # type: ignore[union-attr]


def _row(e: DomainError) -> int | None:
    """The batch row an error is about: given by the service, or read from a field path like ["rows", "3", …]."""
    row = e.details.get("row")
    if row is None and e.field and len(e.field) > 1 and e.field[1].isdigit():
        row = int(e.field[1])
    return row


def user_errors(error: DomainError, error_type: type[E]) -> list[E]:
    """Turns a domain error (or a batch of field errors) into payload userErrors of one domain; a code the domain's
    enum lacks becomes VALIDATION_FAILED. Error types of batch reports also get the row (and the Excel line)."""
    code_enum, names = _shape(error_type)
    items = error.errors if isinstance(error, ValidationFailed) else [error]
    out = []
    for e in items:
        code = str(e.code)
        member = code_enum.__members__.get(code) or code_enum.__members__["VALIDATION_FAILED"]
        extra: dict[str, Any] = {}
        if "row" in names:
            extra["row"] = _row(e)
        if "line" in names:
            extra["line"] = e.details.get("line")
        out.append(error_type(field=e.field, message=e.message, code=member, **extra))  # type: ignore[call-arg]
    return out
