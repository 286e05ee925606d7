"""Sign-in and session refresh: each a unit of work; a DomainError becomes the payload's userErrors."""
from __future__ import annotations

import strawberry

from domain.identity.service import IdentityService
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.common.types import Viewer, local
from schema.identity.types import AuthUserError, LoginPayload, UserLoginInput
from schema.permissions import public, signed_in


@strawberry.type
class IdentityMutations:
    @strawberry.mutation(description="用用户名和密码登录，返回短期有效的令牌（多次失败会临时锁定账号）",
                         extensions=public())
    async def user_login(self, info: Info, input: UserLoginInput) -> LoginPayload:
        async def run() -> LoginPayload:
            s = await IdentityService(info.context.uow(), info.context.settings).login(input.username, input.password)
            return LoginPayload(token=s.token, expires_at=local(s.expires_at), viewer=Viewer.of(s.who), user_errors=[])
        return await mutate(run, LoginPayload, AuthUserError, token=None, expires_at=None, viewer=None)

    @strawberry.mutation(description="用未过期的令牌换一个新令牌（账号被停用则失败）", extensions=signed_in())
    async def session_refresh(self, info: Info) -> LoginPayload:
        async def run() -> LoginPayload:
            s = await IdentityService(info.context.uow(), info.context.settings).refresh(info.context.principal)
            return LoginPayload(token=s.token, expires_at=local(s.expires_at), viewer=Viewer.of(s.who), user_errors=[])
        return await mutate(run, LoginPayload, AuthUserError, token=None, expires_at=None, viewer=None)

