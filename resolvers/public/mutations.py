"""Root mutation fields of the public drug finder: insured login, trace scans (PUB-19), visits (PUB-27)."""
from __future__ import annotations

import strawberry

from domain.public.geo import Datum as _Datum
from domain.public.models import IdentityProvider as _IdentityProvider
from domain.public.models import UsageKind
from domain.public.service import TRACE_MESSAGES, InsuredLoginService, TraceService, point, visit_page
from domain.shared.scopes import Scope
from resolvers.common.mutations import mutate
from resolvers.context import Info
from resolvers.public.queries import record
from schema.common.types import local
from schema.permissions import public_app
from schema.public.inputs import InsuredLoginInput, PublicVisitRecordInput, TraceCodeScanInput
from schema.public.types import (InsuredLoginPayload, InsuredSession, PublicUserError, PublicVisitRecordPayload,
                                 TraceCodeScanPayload, TraceScan)


@strawberry.type
class PublicMutations:
    @strawberry.mutation(description="参保人登录：微信小程序用 wx.login 的 code；开发与演示环境可用设备标识（DEV）",
                         extensions=public_app())
    async def insured_login(self, info: Info, input: InsuredLoginInput) -> InsuredLoginPayload:
        ctx = info.context
        async def run() -> InsuredLoginPayload:
            s = await InsuredLoginService(ctx.uow(), ctx.settings).login(_IdentityProvider(input.provider),
                                                                         input.code)
            return InsuredLoginPayload(session=InsuredSession(token=s.token, expires_at=local(s.expires_at),
                                                              display_name=s.display_name), user_errors=[])
        return await mutate(run, InsuredLoginPayload, PublicUserError, session=None)

    @strawberry.mutation(description="扫码追溯本人购买的药品（PUB-19）：20 位药品追溯码；每次扫码都会记录（计入一药一档）",
                         extensions=public_app(Scope.PUBLIC_SELF))
    async def trace_code_scan(self, info: Info, input: TraceCodeScanInput) -> TraceCodeScanPayload:
        ctx = info.context
        async def run() -> TraceCodeScanPayload:
            scan = await TraceService(ctx.uow()).scan(ctx.principal, input.code)
            return TraceCodeScanPayload(scan=TraceScan.of(scan, TRACE_MESSAGES[scan.result]), user_errors=[])
        return await mutate(run, TraceCodeScanPayload, PublicUserError, scan=None)

    @strawberry.mutation(description="记录一次公众端访问及其位置（PUB-27，用于按地区统计访问量）；返回是否已记录",
                         extensions=public_app())
    async def public_visit_record(self, info: Info, input: PublicVisitRecordInput) -> PublicVisitRecordPayload:
        async def run() -> PublicVisitRecordPayload:
            at = input.at
            here = None if at is None else point(at.lat, at.lon, _Datum(at.datum), field="at")
            record(info, UsageKind.VISIT, keyword=visit_page(input.page), at=here)
            return PublicVisitRecordPayload(recorded=getattr(info.context.app, "usage", None) is not None,
                                            user_errors=[])
        return await mutate(run, PublicVisitRecordPayload, PublicUserError, recorded=False)
