"""Field helpers of public engagement for its types and the drug file (info.context.fields.<method>): the drug
file's information-disclosure (DRUG-26) and traceability (DRUG-27) sections, read from the public side's usage
events and trace scans and from listed institutions' stock within the caller's area, and what a handler may do
with a feedback or a purchase need."""
from __future__ import annotations

from datetime import date, timedelta

from domain.engagement import models as m
from domain.engagement.access import EngagementAccess
from domain.engagement.service import date_range
from domain.engagement.usage import UsageRepository
from domain.engagement.views import PublishingCount as PublishingRow
from domain.public.models import TraceScanResult
from resolvers.common.fields import DomainFields
from schema.engagement import types as t

SCAN_LABELS = {TraceScanResult.FOUND: "查到药品", TraceScanResult.INVALID_FORMAT: "追溯码格式错误",
               TraceScanResult.UNKNOWN_CODE: "未知追溯码"}


def _days(start: date, end: date, counts: dict[date, int]) -> list[t.DateCount]:
    return [t.DateCount(date=start + timedelta(days=k), count=counts.get(start + timedelta(days=k), 0))
            for k in range((end - start).days + 1)]


class EngagementFields(DomainFields):
    async def drug_public_disclosure(self, drug_id: int, start: date | None,
                                     end: date | None) -> t.DrugPublicDisclosure:
        """A drug's publishing institutions and public-side queries in the caller's area (DRUG-26)."""
        w = date_range(start, end)
        access = EngagementAccess.drug_file(self.ctx.principal)
        repo = UsageRepository(self.ctx.db)
        rows = await repo.publishing_institutions(access, drug_id)
        tree = self.ctx.tree

        def count(r: PublishingRow) -> t.PublishingCount:
            node = tree.get(r.pref) if r.pref != "*" else None
            return t.PublishingCount(division_code=None if r.pref == "*" else r.pref,
                                     label="合计" if r.pref == "*" else (node.name if node else r.pref),
                                     institutions=r.institutions, hospitals=r.hospitals, pharmacies=r.pharmacies)
        total = next((count(r) for r in rows if r.pref == "*"),
                     t.PublishingCount(division_code=None, label="合计", institutions=0, hospitals=0, pharmacies=0))
        queries = {d: n for d, n in await repo.drug_queries(access, drug_id, w.start, w.end)}
        return t.DrugPublicDisclosure(
            publishing_institutions=total,
            publishing_by_prefecture=sorted((count(r) for r in rows if r.pref != "*"),
                                            key=lambda c: c.division_code or ""),
            query_count=sum(queries.values()), query_trend=_days(w.start, w.end, queries))

    async def drug_trace_scans(self, drug_id: int, start: date | None, end: date | None) -> t.DrugTraceScans:
        """A drug's public-side trace scans in the caller's area, per result and day (DRUG-27)."""
        w = date_range(start, end)
        rows = await UsageRepository(self.ctx.db).scans_daily(EngagementAccess.drug_file(self.ctx.principal),
                                                              w.start, w.end, drug_id)
        by_day: dict[date, int] = {}
        by_result: dict[str, int] = {}
        for d, result, n in rows:
            by_day[d] = by_day.get(d, 0) + n
            by_result[result] = by_result.get(result, 0) + n
        return t.DrugTraceScans(
            scan_count=sum(by_day.values()),
            by_result=[t.ScanResultCount(result=r.value, label=SCAN_LABELS[r], count=by_result.get(r.value, 0))
                       for r in TraceScanResult],
            trend=_days(w.start, w.end, by_day))

    def feedback_actions(self, state: str, division_code: str) -> list[str]:
        """The handling steps (transition names) the caller may take now on a feedback of this division."""
        who = self.ctx.principal
        if who.public_app or not EngagementAccess.bureau(who).covers(division_code):
            return []
        return [tr.name for tr in m.FEEDBACK_WORKFLOW.available(state, who, {})]

    def may_analyse_need(self, state: str, division_code: str) -> bool:
        """Whether the caller may analyse a purchase need of this division now."""
        who = self.ctx.principal
        return (not who.public_app and EngagementAccess.bureau(who).covers(division_code)
                and bool(m.NEED_WORKFLOW.available(state, who, {})))
