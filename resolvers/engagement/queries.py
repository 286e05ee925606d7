"""Root query fields of public engagement (PUB-20…27): the insured person's own records, the bureaus' and
institutions' lists and statistics, the notice bar and the usage dashboard."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Annotated

import strawberry

from domain.engagement import models as m
from domain.engagement.access import EngagementAccess
from domain.engagement.criteria import FeedbackCriteria, NeedCriteria
from domain.engagement.repository import (FeedbackRepository, InstitutionRepository, NeedRepository,
                                          NoticeRepository, RatingRepository, average)
from domain.engagement.service import date_range, notice_for
from domain.engagement.usage import UsageRepository
from domain.shared.config import SHANGHAI
from domain.shared.scopes import Scope
from resolvers.context import Info
from schema.engagement import types as t
from schema.engagement.enums import PublicFeedbackGroupBy, PurchaseNeedGroupBy
from schema.engagement.inputs import PublicFeedbackFilter, PurchaseNeedFilter
from schema.errors import bad_input
from schema.permissions import needs, public_app
from schema.relay import from_global_id, page_request

FromArg = Annotated[date | None, strawberry.argument(name="from", description="开始日期（含，北京时间）")]


def _division(info: Info, code: str | None, field: list[str]) -> frozenset[str] | None:
    """A division filter: the subtree of `code` (the caller's own scoping still applies)."""
    if code is None:
        return None
    if len(code) > 6 or info.context.tree.get(code) is None:
        raise bad_input(f"未知的区划代码：{code}", "UNKNOWN_DIVISION", field)
    return info.context.tree.subtree(code)


def _start(d: date | None) -> datetime | None:
    return datetime.combine(d, time.min, tzinfo=SHANGHAI) if d else None


async def _institution_id(info: Info, code: str | None) -> int | None:
    """The id of the institution a filter names (-1: none has that code, so nothing matches)."""
    if not code:
        return None
    org = await InstitutionRepository(info.context.db).by_code(code.strip())
    return org.id if org else -1


async def _feedback_criteria(info: Info, flt: PublicFeedbackFilter | None) -> FeedbackCriteria:
    if flt is None:
        return FeedbackCriteria()
    inst = await _institution_id(info, flt.institution_code)
    return FeedbackCriteria(
        states=(flt.state.value,) if flt.state else (), problem_types=(flt.problem_type.value,) if flt.problem_type else (),
        division_codes=_division(info, flt.division_code, ["filter", "divisionCode"]), institution_id=inst,
        created_from=_start(flt.from_), created_until=_start(flt.to + timedelta(days=1)) if flt.to else None)


@strawberry.type
class EngagementQueries:
    # --- the insured person's own records -------------------------------------------------------------

    @strawberry.field(description="我的问题反馈（PUB-20），含状态和处理意见，最新在前", extensions=public_app(Scope.PUBLIC_SELF))
    async def my_public_feedback(self, info: Info, first: int | None = 20,
                                 after: str | None = None) -> t.PublicFeedbackConnection:
        who = info.context.principal
        page = await FeedbackRepository(info.context.db).page_of_insured(who.insured_id or -1,
                                                                         page_request(first, after))
        return t.PublicFeedbackConnection.of(page, t.PublicFeedback.own)

    @strawberry.field(description="我的购药需求登记（PUB-25），最新在前", extensions=public_app(Scope.PUBLIC_SELF))
    async def my_purchase_needs(self, info: Info, first: int | None = 20,
                                after: str | None = None) -> t.PurchaseNeedConnection:
        who = info.context.principal
        page = await NeedRepository(info.context.db).page_of_insured(who.insured_id or -1, page_request(first, after))
        return t.PurchaseNeedConnection.of(page, t.PurchaseNeed.own)

    @strawberry.field(description="公众端公告提示栏（PUB-26）：从该区划向上就近查找已设置的数据口径与风险提醒，"
                                  "都未设置时为内置默认文字", extensions=public_app())
    async def public_notice(self, info: Info, division_code: str | None = None) -> t.PublicNotice:
        tree = info.context.tree
        code = division_code if division_code and tree.get(division_code) is not None else None
        chain = [code, *tree.ancestors(code)] if code else []
        configured = await NoticeRepository(info.context.db).get_many(chain)
        calibre, risk, updated, source = notice_for(tree, configured, code)
        return t.PublicNotice(division_code=code, data_calibre=calibre, risk_reminder=risk, updated_at=updated,
                              configured_division_code=source)

    # --- feedback (PUB-21/22) --------------------------------------------------------------------------

    @strawberry.field(description="群众反馈（PUB-21 医保局：本辖区机构；PUB-22 机构：本机构），最新在前",
                      extensions=needs(Scope.PUBLIC_FEEDBACK_READ))
    async def public_feedback(self, info: Info, filter: PublicFeedbackFilter | None = None, first: int | None = 20,
                              after: str | None = None, offset: int | None = None) -> t.PublicFeedbackConnection:
        page = await FeedbackRepository(info.context.db).page(
            EngagementAccess.of(info.context.principal), await _feedback_criteria(info, filter),
            page_request(first, after, offset))
        return t.PublicFeedbackConnection.of(page, t.PublicFeedback.of)

    @strawberry.field(description="按 ID 读取一条群众反馈（不可见为 null）", extensions=needs(Scope.PUBLIC_FEEDBACK_READ))
    async def public_feedback_item(self, info: Info, id: strawberry.ID) -> t.PublicFeedback | None:
        (row,) = await FeedbackRepository(info.context.db).get_many(
            EngagementAccess.of(info.context.principal), [from_global_id(id, "PublicFeedback")[1]])
        return t.PublicFeedback.of(row) if row else None

    @strawberry.field(description="群众反馈计数：按状态、问题类型或机构所在区划，可与筛选条件组合",
                      extensions=needs(Scope.PUBLIC_FEEDBACK_READ))
    async def public_feedback_counts(self, info: Info, group_by: PublicFeedbackGroupBy,
                                     filter: PublicFeedbackFilter | None = None) -> list[t.PublicFeedbackCount]:
        counts = await FeedbackRepository(info.context.db).counts(
            EngagementAccess.of(info.context.principal), await _feedback_criteria(info, filter), group_by)
        if group_by == PublicFeedbackGroupBy.STATE:
            return [t.PublicFeedbackCount(key=s, label=label, count=counts.get(s, 0))
                    for s, label in m.FEEDBACK_WORKFLOW.states.items()]
        if group_by == PublicFeedbackGroupBy.PROBLEM_TYPE:
            return [t.PublicFeedbackCount(key=p.value, label=label, count=counts.get(p.value, 0))
                    for p, label in m.PROBLEM_LABELS.items()]
        tree = info.context.tree
        return [t.PublicFeedbackCount(key=k, label=tree.get(k).name if tree.get(k) else k, count=n)  # type: ignore[union-attr]
                for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    # --- evaluations (PUB-23) --------------------------------------------------------------------------

    @strawberry.field(description="群众评价（PUB-23）：机构工作人员看本机构，医保局看本辖区（可按机构筛选）；含平均星级与分布",
                      extensions=needs(Scope.PUBLIC_FEEDBACK_READ))
    async def institution_evaluations(self, info: Info, institution_code: str | None = None, first: int | None = 20,
                                      after: str | None = None, offset: int | None = None) -> t.InstitutionEvaluations:
        repo = RatingRepository(info.context.db)
        access = EngagementAccess.of(info.context.principal)
        inst = await _institution_id(info, institution_code)
        request = page_request(first, after, offset)
        dist = await repo.distribution(access, inst)
        page = await repo.page(access, inst, request)
        return t.InstitutionEvaluations(
            average=average(dist), count=sum(dist.values()),
            distribution=[t.StarCount(stars=s, count=dist.get(s, 0)) for s in range(1, 6)],
            ratings=t.InstitutionRatingConnection.of(page, t.InstitutionRating.of))

    # --- public information (PUB-24) ------------------------------------------------------------------

    @strawberry.field(description="本机构的公众端公开信息（PUB-24，机构工作人员）",
                      extensions=needs(Scope.INSTITUTION_PUBLIC_WRITE))
    async def my_institution_public_info(self, info: Info) -> t.InstitutionPublicInfo | None:
        who = info.context.principal
        if who.org_id is None:
            return None
        found = await InstitutionRepository(info.context.db).public_info(who.org_id)
        return t.InstitutionPublicInfo.of(found) if found else None

    # --- purchase needs (PUB-25, IND-33) --------------------------------------------------------------

    @strawberry.field(description="群众购药需求登记（PUB-25），本辖区，最新在前；联系电话脱敏显示",
                      extensions=needs(Scope.PUBLIC_USAGE_READ))
    async def purchase_needs(self, info: Info, filter: PurchaseNeedFilter | None = None, first: int | None = 20,
                             after: str | None = None, offset: int | None = None) -> t.PurchaseNeedConnection:
        c = NeedCriteria()
        if filter is not None:
            if filter.drug_name is not None and len(filter.drug_name) > 100:
                raise bad_input("drugName 不能超过 100 字", "VALUE_TOO_LONG", ["filter", "drugName"])
            c = NeedCriteria(states=(filter.state.value,) if filter.state else (),
                             division_codes=_division(info, filter.division_code, ["filter", "divisionCode"]),
                             drug_name=(filter.drug_name or "").strip() or None, date_from=filter.from_,
                             date_to=filter.to)
        page = await NeedRepository(info.context.db).page(EngagementAccess.bureau(info.context.principal), c,
                                                          page_request(first, after, offset))
        return t.PurchaseNeedConnection.of(page, t.PurchaseNeed.of)

    @strawberry.field(description="购药需求统计（IND-33）：按药品名称、地区（下级区划）或月份，登记数从多到少（最多 100 组）",
                      extensions=needs(Scope.PUBLIC_USAGE_READ))
    async def purchase_need_stats(self, info: Info, group_by: PurchaseNeedGroupBy,
                                  from_: FromArg = None, to: date | None = None,
                                  division_code: str | None = None) -> list[t.PurchaseNeedStat]:
        window = date_range(from_, to) if (from_ or to) else None
        who = info.context.principal
        root, narrowed = (EngagementAccess.report(who, info.context.tree, division_code) if division_code
                          else (None, None))
        c = NeedCriteria(division_codes=narrowed.divisions if narrowed else None,
                         date_from=window.start if window else None, date_to=window.end if window else None)
        tree = info.context.tree
        rows = await NeedRepository(info.context.db).grouped(EngagementAccess.bureau(who), c, group_by,
                                                             limit=100 if group_by != PurchaseNeedGroupBy.DIVISION
                                                             else 10_000)
        if group_by != PurchaseNeedGroupBy.DIVISION:
            out = [t.PurchaseNeedStat(key=r.key, label=r.key, registrations=r.n, people=r.people,
                                      quantity=r.qty or Decimal(0), analysed=r.analysed) for r in rows]
            return sorted(out, key=lambda s: s.key) if group_by == PurchaseNeedGroupBy.MONTH else out
        # fold each division into the level below the report's root (prefectures for the region, counties below)
        parent = root or who.division_code
        child_of = _child_map(info, parent)
        agg: dict[str, list] = {}
        for r in rows:
            k = child_of.get(r.key, r.key)
            a = agg.setdefault(k, [0, 0, Decimal(0), 0])
            a[0] += r.n
            a[1] += r.people
            a[2] += r.qty or Decimal(0)
            a[3] += r.analysed
        return [t.PurchaseNeedStat(key=k, label=tree.get(k).name if tree.get(k) else k,  # type: ignore[union-attr]
                                   registrations=a[0], people=a[1], quantity=a[2], analysed=a[3])
                for k, a in sorted(agg.items(), key=lambda kv: (-kv[1][0], kv[0]))][:100]

    # --- usage (PUB-27, IND-31/32) --------------------------------------------------------------------

    @strawberry.field(description="公众端使用情况（PUB-27）：药品查询、搜索、机构搜索、访问量与扫码的合计和每日走势，常搜关键词，"
                                  "各下级区划访问量，查询最多的药品；本人辖区，区间最长 366 天且不晚于今天，默认最近 30 天",
                      extensions=needs(Scope.PUBLIC_USAGE_READ))
    async def public_usage(self, info: Info, from_: FromArg = None, to: date | None = None,
                           division_code: str | None = None) -> t.PublicUsageReport:
        w = date_range(from_, to)
        root, access = EngagementAccess.report(info.context.principal, info.context.tree, division_code)
        repo = UsageRepository(info.context.db)
        daily = await repo.daily(access, w.start, w.end)
        totals: dict[str, int] = {}  # = repo.totals(…): the daily rows' sums, one statement fewer
        for _d, kind, n in daily:
            totals[kind] = totals.get(kind, 0) + n
        scans = await repo.scans_daily(access, w.start, w.end)
        keywords = await repo.top_keywords(access, w.start, w.end)
        visits = await repo.visits_by_division(access, w.start, w.end)
        top = await repo.top_drugs(access, w.start, w.end)
        days: dict[date, dict[str, int]] = {}
        for d, kind, n in daily:
            days.setdefault(d, {})[kind] = n
        scan_days: dict[date, int] = {}
        for d, _result, n in scans:
            scan_days[d] = scan_days.get(d, 0) + n
        trend = []
        d = w.start
        while d <= w.end:
            k = days.get(d, {})
            trend.append(t.UsageDay(date=d, drug_queries=k.get("DRUG_QUERY", 0), drug_searches=k.get("DRUG_SEARCH", 0),
                                    institution_searches=k.get("INSTITUTION_SEARCH", 0), visits=k.get("VISIT", 0),
                                    scans=scan_days.get(d, 0)))
            d += timedelta(days=1)
        tree = info.context.tree
        child_of = _child_map(info, root)
        by_child: dict[str | None, int] = {}
        for code, n in visits.items():
            key = child_of.get(code, code) if code else None
            by_child[key] = by_child.get(key, 0) + n
        drugs = await info.context.loaders.drug.load_many([r.drug_code_id for r in top])
        from schema.drugs.types import Drug
        return t.PublicUsageReport(
            from_=w.start, to=w.end, division_code=root,
            totals=t.UsageTotals(drug_queries=totals.get("DRUG_QUERY", 0), drug_searches=totals.get("DRUG_SEARCH", 0),
                                 institution_searches=totals.get("INSTITUTION_SEARCH", 0),
                                 institution_views=totals.get("INSTITUTION_VIEW", 0), visits=totals.get("VISIT", 0),
                                 scans=sum(scan_days.values())),
            trend=trend, top_keywords=[t.KeywordCount(keyword=r.kw, count=r.n) for r in keywords],
            visits_by_division=[t.DivisionVisits(
                division_code=k, name=("未知地区" if k is None else
                                       ("本级" if k == root else (tree.get(k).name if tree.get(k) else k))),  # type: ignore[union-attr]
                visits=n) for k, n in sorted(by_child.items(), key=lambda kv: (-kv[1], kv[0] or ""))],
            top_drugs=[t.DrugQueryCount(drug=Drug.of(dr) if dr else None, count=r.n)
                       for r, dr in zip(top, drugs, strict=True)])


def _child_map(info: Info, root: str | None) -> dict[str, str]:
    """Every division below `root` → the child of `root` it lies in."""
    if root is None:
        return {}
    tree = info.context.tree
    out: dict[str, str] = {}
    for child in tree.children_of(root):
        for code in tree.subtree(child.code):
            out[code] = child.code
    return out
