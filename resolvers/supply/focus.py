"""Root fields of the focus-list analyses beyond the shared figures: SUP-44 high-frequency supply stability and
SUP-45 rare-disease treatment needs. Scoped by the caller's AreaAccess in the repositories; the lists are the ones
the caller sees (their bureau's and the bureaus' above)."""
from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from domain.shared.scopes import Scope
from domain.supply.access import AreaAccess
from domain.supply.criteria import ALL, DataSource
from domain.supply.focus import FocusKind
from domain.supply.focus_lists import FocusListRepository
from domain.supply.rare_disease import TreatmentNeedRepository
from domain.supply.stability import RATING_RULE, StabilityRepository
from domain.supply.views import FocusListMemberView, TreatmentNeedView
from resolvers.context import Info
from resolvers.supply.fields import label, window
from schema.permissions import needs
from schema.relay import page_request
from schema.supply.analysis import FocusListMember
from schema.supply.focus import (DrugSupplyStability, DrugSupplyStabilityConnection, HighFrequencyStability,
                                 MemberTreatmentNeeds, MemberTreatmentNeedsConnection, RareDiseaseNeeds,
                                 TreatmentNeedFigures)

FromDate = Annotated[date | None, strawberry.argument(name="from", description="开始日期（含），默认为结束日期前 29 天")]
ToDate = Annotated[date | None, strawberry.argument(description="结束日期（含，北京时间），默认今天，不能晚于今天")]
Division = Annotated[str | None, strawberry.argument(description="限定到某区划（含下级），须在本人辖区内，否则结果为空")]
STABILITY_MAX_DAYS = 93   # one point per day and member
NEEDS_MAX_DAYS = 366


def _area(info: Info, division_code: str | None) -> AreaAccess:
    """The caller's area, narrowed to a division's subtree when one is given."""
    return AreaAccess.of(info.context.principal).narrowed(info.context.tree, division_code)


@strawberry.type
class SupplyFocusQueries:
    @strawberry.field(description="高频药供应稳定性（SUP-44）：高频药清单每个成员在辖区内的逐日库存（各定点医药机构最近一次报告的库存"
                                  "合计）与逐日供应（机构进货量），断供天数、机构缺货日、日库存与日供应量的方差和变异系数，以及据此"
                                  "给出的稳定性评级（规则见 rule）；由每日汇总在 SQL 中计算；日期范围最多 93 天",
                      extensions=needs(Scope.SUPPLY_READ))
    async def high_frequency_stability(self, info: Info, from_: FromDate = None, to: ToDate = None,
                                       division_code: Division = None, first: int | None = 20,
                                       after: str | None = None, offset: int | None = None) -> HighFrequencyStability:
        request = page_request(first, after, offset)
        w = window(from_, to, STABILITY_MAX_DAYS)
        area = _area(info, division_code)
        lists = FocusListRepository(info.context.db)
        page = await lists.members_page(area, FocusKind.HIGH_FREQUENCY, request)
        # (member, 0) too: a member whose variety has no code yet still gets its (empty) series
        keys = await lists.member_drug_ids([m.id for m in page.items]) + [(m.id, 0) for m in page.items]  # type: ignore[attr-defined]
        rows = {r.k: r for r in await StabilityRepository(info.context.db).stability(area, keys, w)}

        def member(m: FocusListMemberView) -> DrugSupplyStability:
            return DrugSupplyStability.of(FocusListMember.of(m), rows[m.id], w.start)  # type: ignore[attr-defined]

        return HighFrequencyStability(start=w.start, end=w.end, days=w.days, source=DataSource.STOCK_REPORTS,
                                      rule=RATING_RULE, members=DrugSupplyStabilityConnection.of(page, member))

    @strawberry.field(description="罕见病药品诊治需求评估（SUP-45）：罕见病清单药品在辖区内的参保人购药需求登记（按代码或通用名对应）、"
                                  "医保结算笔数（诊治人次）与定点医药机构当前库存，合计与各市州，并标出登记地没有任何机构有药的"
                                  "未满足需求；日期范围最多 366 天（需求登记日期与结算日期）",
                      extensions=needs(Scope.SUPPLY_READ))
    async def rare_disease_needs(self, info: Info, from_: FromDate = None, to: ToDate = None,
                                 division_code: Division = None, first: int | None = 20, after: str | None = None,
                                 offset: int | None = None) -> RareDiseaseNeeds:
        request = page_request(first, after, offset)
        w = window(from_, to, NEEDS_MAX_DAYS)
        area, tree = _area(info, division_code), info.context.tree
        lists, repo = FocusListRepository(info.context.db), TreatmentNeedRepository(info.context.db)
        page = await lists.members_page(area, FocusKind.RARE_DISEASE, request)
        keys = [(m, m, d) for m, d in await lists.member_drug_ids([m.id for m in page.items])]  # type: ignore[attr-defined]
        # the whole list under key 0 (member ids start at 1)
        keys += [(0, m, d) for m, d in await lists.list_member_drug_ids(area, FocusKind.RARE_DISEASE)]
        grouped: dict[int, dict[str, TreatmentNeedView]] = {}
        for r in await repo.needs(area, keys, w):
            grouped.setdefault(r.k, {})[r.pref] = r

        def figures(k: int, pref: str) -> TreatmentNeedFigures:
            return TreatmentNeedFigures.of(grouped.get(k, {}).get(pref), pref, label(tree, pref))

        def member(m: FocusListMemberView) -> MemberTreatmentNeeds:
            prefs = sorted(p for p in grouped.get(m.id, {}) if p != ALL)  # type: ignore[attr-defined]
            return MemberTreatmentNeeds(member=FocusListMember.of(m), total=figures(m.id, ALL),  # type: ignore[attr-defined]
                                        by_prefecture=[figures(m.id, p) for p in prefs])  # type: ignore[attr-defined]

        return RareDiseaseNeeds(start=w.start, end=w.end, days=w.days, total=figures(0, ALL),
                                by_prefecture=[figures(0, p) for p in area.prefectures(tree)],
                                members=MemberTreatmentNeedsConnection.of(page, member))
