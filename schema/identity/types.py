"""Sign-in types."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import strawberry

from schema.common.types import Viewer, f
from schema.errors import UserError

AuthErrorCode = strawberry.enum(
    StrEnum("AuthErrorCode", {k: k for k in ("INVALID_CREDENTIALS", "MISSING_CREDENTIALS", "ACCOUNT_LOCKED",
                                             "ACCOUNT_DISABLED", "SESSION_INVALID", "VALIDATION_FAILED")}),
    name="AuthErrorCode", description="登录错误码")


@strawberry.type(description="登录错误")
class AuthUserError(UserError):
    code: AuthErrorCode = f("错误码")


@strawberry.input(description="用户名和密码")
class UserLoginInput:
    username: str = f("用户名")
    password: str = f("密码")


@strawberry.type(description="登录结果：短期有效的签名令牌，放入请求头 Authorization: Bearer <token>")
class LoginPayload:
    token: str | None = f("访问令牌（JWT）")
    expires_at: datetime | None = f("令牌过期时间")
    viewer: Viewer | None = f("登录用户")
    user_errors: list[AuthUserError] = f("错误；为空表示成功")
