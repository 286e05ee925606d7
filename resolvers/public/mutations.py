"""Root mutation fields of the public drug finder: insured login, trace scans (PUB-19), visits (PUB-27)."""
from __future__ import annotations

import strawberry

from domain.public.models import IdentityProvider as _IdentityProvider
from domain.public.models import UsageKind
from domain.public.service import TRACE_MESSAGES, InsuredLoginService, TraceService
from domain.shared.scopes import Scope
from resolvers.common.mutations import mutate
from resolvers.context import Info
from resolvers.public.queries import near_point, record
from schema.common.types import local
from schema.errors import bad_input
from schema.permissions import public_app
from schema.public.types import (GeoPointInput, IdentityProvider, InsuredLoginPayload, InsuredSession,
                                 PublicUserError, ScanTraceCodePayload, TraceScan)


@strawberry.type
class PublicMutations:
    @strawberry.mutation(description="参保人登录：微信小程序用 wx.login 的 code；开发与演示环境可用设备标识（DEV）",
                         extensions=public_app())
    async def insured_login(self, info: Info, provider: IdentityProvider, code: str) -> InsuredLoginPayload:
        ctx = info.context
        async def run() -> InsuredLoginPayload:
            s = await InsuredLoginService(ctx.uow(), ctx.settings).login(_IdentityProvider(provider), code)
            return InsuredLoginPayload(session=InsuredSession(token=s.token, expires_at=local(s.expires_at),
                                                              display_name=s.display_name), user_errors=[])
        return await mutate(run, InsuredLoginPayload, PublicUserError, session=None)

    @strawberry.mutation(description="扫码追溯本人购买的药品（PUB-19）：20 位药品追溯码；每次扫码都会记录（计入一药一档）",
                         extensions=public_app(Scope.PUBLIC_SELF))
    async def scan_trace_code(self, info: Info, code: str) -> ScanTraceCodePayload:
        ctx = info.context
        async def run() -> ScanTraceCodePayload:
            scan = await TraceService(ctx.uow()).scan(ctx.principal, code)
            return ScanTraceCodePayload(scan=TraceScan.of(scan, TRACE_MESSAGES[scan.result]), user_errors=[])
        return await mutate(run, ScanTraceCodePayload, PublicUserError, scan=None)

    @strawberry.mutation(description="记录一次公众端访问及其位置（PUB-27，用于按地区统计访问量）；返回是否已记录",
                         extensions=public_app())
    async def record_public_visit(self, info: Info, page: str, at: GeoPointInput | None = None) -> bool:
        here = near_point(at)
        if not page or len(page) > 64:
            raise bad_input("page 应为 1～64 个字符", "BAD_PAGE", ["page"])
        record(info, UsageKind.VISIT, keyword=page, at=here)
        return getattr(info.context.app, "usage", None) is not None

