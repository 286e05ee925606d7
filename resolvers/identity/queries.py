"""The current viewer."""
from __future__ import annotations

import strawberry

from resolvers.context import Info
from schema.common.types import Viewer
from schema.permissions import signed_in


@strawberry.type
class IdentityQueries:
    @strawberry.field(description="当前登录用户（角色、岗位、权限、所辖区划）", extensions=signed_in())
    def me(self, info: Info) -> Viewer:
        return Viewer.of(info.context.principal)
