"""Error shapes: coded top-level errors for auth and bad requests, and the UserError interface for payloads."""
from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

import strawberry
from graphql import GraphQLError

from domain.shared.errors import DomainError, ValidationFailed


class ApiError(GraphQLError):
    """A top-level error the client should see unmasked, with `extensions.code`."""

    def __init__(self, message: str, code: str, **extra: Any) -> None:
        super().__init__(message, extensions={"code": code, **extra})


def unauthenticated(reason: str | None = None) -> ApiError:
    messages = {"TOKEN_EXPIRED": "登录已过期，请重新登录", "TOKEN_INVALID": "令牌无效，请重新登录"}
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


def user_errors(error: DomainError, error_type: type[E], code_enum: type[Enum]) -> list[E]:
    """Turns a domain error (or a batch of field errors) into payload userErrors of one domain."""
    items = error.errors if isinstance(error, ValidationFailed) else [error]
    out = []
    for e in items:
        code = str(e.code)
        member = code_enum.__members__.get(code) or code_enum.__members__["VALIDATION_FAILED"]
        out.append(error_type(field=e.field, message=e.message, code=member))  # type: ignore[call-arg]
    return out
