"""The drug file's information-disclosure (DRUG-26) and traceability (DRUG-27) sections, read from the public
side's usage events and trace scans and from listed institutions' stock, within the caller's area."""
from __future__ import annotations

from datetime import date, timedelta

import strawberry

from domain.engagement.errors import EngagementError
from domain.engagement.repository import UsageRepository
from domain.engagement.service import date_range
from domain.public.models import TraceScanResult
from schema.engagement import types as t
from schema.errors import bad_input

SCAN_LABELS = {TraceScanResult.FOUND: "查到药品", TraceScanResult.INVALID_FORMAT: "追溯码格式错误",
               TraceScanResult.UNKNOWN_CODE: "未知追溯码"}


def _window(start: date | None, end: date | None):  # type: ignore[no-untyped-def]
    try:
        return date_range(start, end)
    except EngagementError as e:
        raise bad_input(e.message, str(e.code), e.field) from e


def _area(info: strawberry.Info) -> frozenset[str] | None:
    who = info.context.principal
    return None if who.area.everything else who.area.codes


def _days(start: date, end: date, counts: dict[date, int]) -> list[t.DateCount]:
    return [t.DateCount(date=start + timedelta(days=k), count=counts.get(start + timedelta(days=k), 0))
            for k in range((end - start).days + 1)]


async def public_disclosure(info: strawberry.Info, drug_id: int, start: date | None,
                            end: date | None) -> t.DrugPublicDisclosure:
    w = _window(start, end)
    area = _area(info)
    repo = UsageRepository(info.context.db)
    rows = await repo.publishing_institutions(area, drug_id)
    tree = info.context.tree

    def count(r: object) -> t.PublishingCount:
        pref = getattr(r, "pref")
        node = tree.get(pref) if pref != "*" else None
        return t.PublishingCount(division_code=None if pref == "*" else pref,
                                 label="合计" if pref == "*" else (node.name if node else pref),
                                 institutions=int(getattr(r, "institutions")), hospitals=int(getattr(r, "hospitals")),
                                 pharmacies=int(getattr(r, "pharmacies")))
    total = next((count(r) for r in rows if r.pref == "*"),
                 t.PublishingCount(division_code=None, label="合计", institutions=0, hospitals=0, pharmacies=0))
    queries = {d: int(n) for d, n in await repo.drug_queries(area, drug_id, w.start, w.end)}
    return t.DrugPublicDisclosure(
        publishing_institutions=total,
        publishing_by_prefecture=sorted((count(r) for r in rows if r.pref != "*"),
                                        key=lambda c: c.division_code or ""),
        query_count=sum(queries.values()), query_trend=_days(w.start, w.end, queries))


async def trace_scans(info: strawberry.Info, drug_id: int, start: date | None, end: date | None) -> t.DrugTraceScans:
    w = _window(start, end)
    rows = await UsageRepository(info.context.db).scans_daily(_area(info), w.start, w.end, drug_id)
    by_day: dict[date, int] = {}
    by_result: dict[str, int] = {}
    for d, result, n in rows:
        by_day[d] = by_day.get(d, 0) + int(n)
        by_result[result] = by_result.get(result, 0) + int(n)
    return t.DrugTraceScans(
        scan_count=sum(by_day.values()),
        by_result=[t.ScanResultCount(result=r.value, label=SCAN_LABELS[r], count=by_result.get(r.value, 0))
                   for r in TraceScanResult],
        trend=_days(w.start, w.end, by_day))
