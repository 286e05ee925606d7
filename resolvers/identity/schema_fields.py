"""Sign-in, session refresh and the current viewer."""
from __future__ import annotations

import strawberry

from domain.identity.service import IdentityService
from domain.identity.tokens import TokenClaims
from domain.shared.principal import Principal
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.common.types import Viewer, local
from schema.identity.types import AuthUserError, LoginInput, LoginPayload
from schema.permissions import public, signed_in


def _viewer(session: object, info: Info) -> Viewer:
    u, org = session.user, session.organisation  # type: ignore[attr-defined]
    who = Principal(user_id=u.id, username=u.username, display_name=u.display_name, role=u.role_enum,
                    posts=u.post_set, scopes=u.scopes, org_id=org.id, division_code=org.division_code)
    return Viewer.of(who)


@strawberry.type
class IdentityQueries:
    @strawberry.field(description="当前登录用户（角色、岗位、权限、所辖区划）", extensions=signed_in())
    def me(self, info: Info) -> Viewer:
        return Viewer.of(info.context.principal)


@strawberry.type
class IdentityMutations:
    @strawberry.mutation(description="用用户名和密码登录，返回短期有效的令牌（多次失败会临时锁定账号）",
                         extensions=public())
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        async def run() -> LoginPayload:
            s = await IdentityService(info.context.uow(), info.context.settings).login(input.username, input.password)
            return LoginPayload(token=s.token, expires_at=local(s.expires_at), viewer=_viewer(s, info), user_errors=[])
        return await mutate(run, LoginPayload, AuthUserError, token=None, expires_at=None, viewer=None)

    @strawberry.mutation(description="用未过期的令牌换一个新令牌（账号被停用则失败）", extensions=signed_in())
    async def session_refresh(self, info: Info) -> LoginPayload:
        async def run() -> LoginPayload:
            s = await IdentityService(info.context.uow(), info.context.settings).refresh(info.context.principal)
            return LoginPayload(token=s.token, expires_at=local(s.expires_at), viewer=_viewer(s, info), user_errors=[])
        return await mutate(run, LoginPayload, AuthUserError, token=None, expires_at=None, viewer=None)


__all__ = ["IdentityMutations", "IdentityQueries", "TokenClaims"]
