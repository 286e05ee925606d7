"""Catalog stocking status from three sources (DRUG-06 药品目录配备状态分析): whether a catalog drug is evidenced at the
designated institutions (hospitals, pharmacies) of an area by

- purchase-sale-stock reports (进销存): an institution's latest reported on-hand is > 0 (`stock_level`);
- circulation data (流通): a distributor's delivery order line delivered to an institution of the area within the
  delivery window (`delivery_order`, delivered quantity > 0, not cancelled, delivered date in the window);
- insurance settlement data (医保结算): a sale settled at an institution of the area within the settlement window
  (`settlement_sale`).

The overall status follows one rule table (STATUS_RULES), used both to name a drug's status and, in SQL, to filter
the catalog by status. Rows are placed by the institution's division; "where" is the prefectures evidencing it."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, false, literal, or_, select, text

from domain.claims.models import SettlementSale
from domain.drugs.models import DrugCode
from domain.exchange.models import DeliveryOrder, DeliveryStatus
from domain.identity.models import Organisation
from domain.shared.db import any_of
from domain.shared.reads import Repository, reads
from domain.supply.access import AreaAccess
from domain.supply.criteria import ALL, INSTITUTIONS, STATUS_RULES, SourceWindows, StockingStatus, status_of
from domain.supply.models import StockLevel
from domain.supply.views import SourceEvidenceView, StatusCountView, StockingEvidenceView


def status_condition(statuses: Sequence[StockingStatus], stocked: Any, delivered: Any, settled: Any) -> Any:
    """SQL: the drug's sources (three boolean expressions) fit one of these statuses (the same table)."""
    facts = (stocked, delivered, settled)
    wanted = set(statuses)
    alternatives = [and_(literal(True), *[f if want else ~f for want, f in zip(rule, facts, strict=True)
                                          if want is not None])
                    for status, rule in STATUS_RULES if status in wanted]
    return or_(*alternatives) if alternatives else false()


def _in_area(access: AreaAccess) -> list[Any]:
    return [] if access.divisions is None else [any_of(Organisation.division_code, access.divisions)]


def source_exists(access: AreaAccess, windows: SourceWindows, drug_col: Any) -> tuple[Any, Any, Any]:
    """SQL EXISTS per source for the drug code in `drug_col`: (stocked, delivered, settled) in the area."""
    inst = any_of(Organisation.subtype, INSTITUTIONS)
    stocked = select(literal(1)).select_from(StockLevel).join(Organisation, Organisation.id == StockLevel.organisation_id) \
        .where(StockLevel.drug_code_id == drug_col, StockLevel.on_hand > 0, inst, *_in_area(access)).exists()
    d, s = windows.deliveries, windows.settlements
    delivered = select(literal(1)).select_from(DeliveryOrder) \
        .join(Organisation, Organisation.id == DeliveryOrder.institution_id) \
        .where(DeliveryOrder.drug_code_id == drug_col, DeliveryOrder.delivered_qty > 0,
               DeliveryOrder.status != DeliveryStatus.CANCELLED,
               DeliveryOrder.delivered_date.between(d.start, d.end), *_in_area(access)).exists()
    settled = select(literal(1)).select_from(SettlementSale) \
        .join(Organisation, Organisation.id == SettlementSale.organisation_id) \
        .where(SettlementSale.drug_code_id == drug_col, SettlementSale.settled_on.between(s.start, s.end),
               *_in_area(access)).exists()
    return stocked, delivered, settled


def status_filter(access: AreaAccess, windows: SourceWindows, statuses: Sequence[StockingStatus]) -> Any:
    """SQL: the drug code (DrugCode.id) has one of these overall statuses in the area."""
    return status_condition(statuses, *source_exists(access, windows, DrugCode.id))


PREF = "CASE WHEN dv.level = 'COUNTY' THEN dv.parent_code ELSE dv.code END"
AREA = "(CAST(:area AS text[]) IS NULL OR o.division_code = ANY(CAST(:area AS text[])))"
_STOCKED = f"""SELECT l.drug_code_id AS id, l.organisation_id AS org, l.on_hand AS q, l.as_of AS day, {PREF} AS pref
  FROM stock_level l JOIN organisation o ON o.id = l.organisation_id JOIN division dv ON dv.code = o.division_code
  WHERE l.on_hand > 0 AND o.subtype IN ('HOSPITAL', 'PHARMACY') AND {AREA}"""
_DELIVERED = f"""SELECT x.drug_code_id AS id, x.institution_id AS org, x.delivered_qty AS q, x.delivered_date AS day,
    {PREF} AS pref
  FROM delivery_order x JOIN organisation o ON o.id = x.institution_id JOIN division dv ON dv.code = o.division_code
  WHERE x.delivered_qty > 0 AND x.status <> 'CANCELLED' AND x.delivered_date BETWEEN :dstart AND :dend AND {AREA}"""
_SETTLED = f"""SELECT s.drug_code_id AS id, s.organisation_id AS org, s.quantity AS q, s.settled_on AS day,
    {PREF} AS pref
  FROM settlement_sale s JOIN organisation o ON o.id = s.organisation_id JOIN division dv ON dv.code = o.division_code
  WHERE s.settled_on BETWEEN :sstart AND :send AND {AREA}"""


EVIDENCE = text(f"""
WITH ds AS (SELECT DISTINCT unnest(CAST(:ds AS int[])) AS id),
st AS (SELECT e.id, count(DISTINCT e.org) AS n, sum(e.q) AS q, max(e.day) AS last,
         array_agg(DISTINCT e.pref ORDER BY e.pref) AS prefs
       FROM ({_STOCKED} AND l.drug_code_id = ANY(CAST(:ds AS int[]))) e GROUP BY e.id),
dl AS (SELECT e.id, count(DISTINCT e.org) AS n, sum(e.q) AS q, max(e.day) AS last,
         array_agg(DISTINCT e.pref ORDER BY e.pref) AS prefs
       FROM ({_DELIVERED} AND x.drug_code_id = ANY(CAST(:ds AS int[]))) e GROUP BY e.id),
se AS (SELECT e.id, count(DISTINCT e.org) AS n, sum(e.q) AS q, max(e.day) AS last,
         array_agg(DISTINCT e.pref ORDER BY e.pref) AS prefs
       FROM ({_SETTLED} AND s.drug_code_id = ANY(CAST(:ds AS int[]))) e GROUP BY e.id)
SELECT ds.id,
  coalesce(st.n, 0), coalesce(st.q, 0), st.last, coalesce(st.prefs, CAST('{{}}' AS text[])),
  coalesce(dl.n, 0), coalesce(dl.q, 0), dl.last, coalesce(dl.prefs, CAST('{{}}' AS text[])),
  coalesce(se.n, 0), coalesce(se.q, 0), se.last, coalesce(se.prefs, CAST('{{}}' AS text[]))
FROM ds LEFT JOIN st ON st.id = ds.id LEFT JOIN dl ON dl.id = ds.id LEFT JOIN se ON se.id = ds.id
ORDER BY ds.id""")

# Per catalog code and prefecture which sources evidence it (bits: 1 stock, 2 deliveries, 4 settlements), then the
# total over the area; counted per (prefecture, bits). Codes no source shows are the rest of the catalog.
STATUS_COUNTS = text(f"""
WITH cat AS (SELECT drug_code_id AS id FROM catalog_entry WHERE version_id = :catalog GROUP BY drug_code_id),
ev AS (
  SELECT DISTINCT e.id, e.pref, 1 AS bit FROM cat JOIN ({_STOCKED}) e ON e.id = cat.id
  UNION ALL SELECT DISTINCT e.id, e.pref, 2 FROM cat JOIN ({_DELIVERED}) e ON e.id = cat.id
  UNION ALL SELECT DISTINCT e.id, e.pref, 4 FROM cat JOIN ({_SETTLED}) e ON e.id = cat.id),
per_pref AS (SELECT id, pref, bit_or(bit) AS bits FROM ev GROUP BY id, pref),
per_code AS (SELECT id, '{ALL}' AS pref, bit_or(bits) AS bits FROM per_pref GROUP BY id)
SELECT pref, bits, count(*) AS codes FROM (SELECT * FROM per_pref UNION ALL SELECT * FROM per_code) x
GROUP BY pref, bits ORDER BY pref, bits""")


def _params(access: AreaAccess, windows: SourceWindows) -> dict[str, Any]:
    return {"area": None if access.divisions is None else sorted(access.divisions),
            "dstart": windows.deliveries.start, "dend": windows.deliveries.end,
            "sstart": windows.settlements.start, "send": windows.settlements.end}


class StockingSourcesRepository(Repository):
    @reads
    async def evidence(self, access: AreaAccess, drug_ids: Sequence[int],
                       windows: SourceWindows) -> list[StockingEvidenceView]:
        """Each drug code's evidence in the area from stock reports, deliveries and settlements, by drug id."""
        if not drug_ids:
            return []
        rows = await self.db.rows(EVIDENCE, {"ds": sorted(set(drug_ids)), **_params(access, windows)})
        return [StockingEvidenceView(int(r[0]), SourceEvidenceView(int(r[1]), Decimal(r[2]), r[3], list(r[4])),
                                     SourceEvidenceView(int(r[5]), Decimal(r[6]), r[7], list(r[8])),
                                     SourceEvidenceView(int(r[9]), Decimal(r[10]), r[11], list(r[12])))
                for r in rows]

    @reads
    async def status_counts(self, access: AreaAccess, catalog_id: int, catalog_codes: int,
                            windows: SourceWindows) -> list[StatusCountView]:
        """Catalog codes per overall status, per prefecture and in total (ALL); every status present for the total
        and for each prefecture that shows any source (the codes no source shows counted as NONE)."""
        rows = await self.db.rows(STATUS_COUNTS, {"catalog": catalog_id, **_params(access, windows)})
        counts: dict[str, dict[StockingStatus, int]] = {ALL: {}}
        for pref, bits, n in rows:
            status = status_of(bool(bits & 1), bool(bits & 2), bool(bits & 4))
            per = counts.setdefault(str(pref), {})
            per[status] = per.get(status, 0) + int(n)
        out = []
        for pref, per in sorted(counts.items(), key=lambda kv: (kv[0] != ALL, kv[0])):
            per[StockingStatus.NONE] = per.get(StockingStatus.NONE, 0) + catalog_codes - sum(per.values())
            out += [StatusCountView(pref, s, per.get(s, 0)) for s in StockingStatus]
        return out
