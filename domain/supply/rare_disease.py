"""Rare-disease treatment needs against supply (SUP-45 罕见病药品供应分析: 评估罕见病患者的诊治需求), in SQL, for groups
of drug codes (a focus list's members) in an area over a window of days, per prefecture and in total:

- needs: insured persons' purchase-need registrations (PUB-25, from the mini-program) dated in the window and placed
  in the area — those naming one of the codes, and those without a code whose drug name contains the generic name
  of one of them; with the distinct persons and the quantities asked for;
- unmet needs: needs registered for a place (the division chosen, and everything below it) where no designated
  institution holds any of the codes now (latest reported on-hand > 0); the places are listed;
- patients treated: settled sales (PUB-08 settlement feed) at the area's institutions in the window. Settlement
  lines carry no insured person, so they are counted as settlements (distinct settlement numbers per institution),
  with quantities, amounts and the institutions that settled;
- supply: institutions holding the codes now and their on-hand."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import text

from domain.shared.reads import Repository, reads
from domain.supply.access import AreaAccess
from domain.supply.criteria import ALL, Window
from domain.supply.views import TreatmentNeedView

PREF = "CASE WHEN dv.level = 'COUNTY' THEN dv.parent_code ELSE dv.code END"
AREA = "(CAST(:area AS text[]) IS NULL OR {col} = ANY(CAST(:area AS text[])))"
NEEDS = text(f"""
WITH keys AS (SELECT DISTINCT k, m, drug_code_id
              FROM unnest(CAST(:ks AS bigint[]), CAST(:ms AS bigint[]), CAST(:ds AS int[])) AS x(k, m, drug_code_id)),
kd AS (SELECT DISTINCT k, drug_code_id FROM keys),
names AS (SELECT DISTINCT k.k, k.m, v.generic_name FROM keys k JOIN drug_code d ON d.id = k.drug_code_id
          JOIN variety v ON v.id = d.variety_id WHERE char_length(v.generic_name) >= 2),
matched AS (
  SELECT k.k, k.m, n.id FROM purchase_need n JOIN keys k ON k.drug_code_id = n.drug_code_id
  WHERE n.business_date BETWEEN :start AND :end AND {AREA.format(col="n.division_code")}
  UNION
  SELECT nm.k, nm.m, n.id FROM purchase_need n JOIN names nm ON strpos(n.drug_name, nm.generic_name) > 0
  WHERE n.drug_code_id IS NULL AND n.business_date BETWEEN :start AND :end AND {AREA.format(col="n.division_code")}),
needs AS (
  SELECT mt.k, n.id, n.insured_id, n.quantity, n.division_code, {PREF} AS pref,
    bool_or(EXISTS (SELECT 1 FROM stock_level l
            JOIN keys k2 ON k2.k = mt.k AND k2.m = mt.m AND k2.drug_code_id = l.drug_code_id
            JOIN organisation o ON o.id = l.organisation_id JOIN division dvo ON dvo.code = o.division_code
            LEFT JOIN division dvp ON dvp.code = dvo.parent_code
            WHERE l.on_hand > 0 AND o.subtype IN ('HOSPITAL', 'PHARMACY')
              AND n.division_code IN (o.division_code, dvo.parent_code, dvp.parent_code))) AS met
  FROM matched mt JOIN purchase_need n ON n.id = mt.id JOIN division dv ON dv.code = n.division_code
  GROUP BY mt.k, n.id, n.insured_id, n.quantity, n.division_code, {PREF}),
ng AS (
  SELECT k, CASE WHEN GROUPING(pref) = 1 THEN '{ALL}' ELSE pref END AS pref, count(*) AS needs,
    count(DISTINCT insured_id) AS persons, coalesce(sum(quantity), 0) AS qty,
    count(*) FILTER (WHERE NOT met) AS unmet,
    coalesce(array_agg(DISTINCT division_code ORDER BY division_code) FILTER (WHERE NOT met),
             CAST('{{}}' AS text[])) AS unmet_places
  FROM needs GROUP BY GROUPING SETS ((k, pref), (k))),
sg AS (
  SELECT k.k, CASE WHEN GROUPING({PREF}) = 1 THEN '{ALL}' ELSE {PREF} END AS pref,
    count(DISTINCT s.organisation_id || ':' || s.settlement_no) AS settlements, sum(s.quantity) AS qty,
    sum(s.amount) AS amount, count(DISTINCT s.organisation_id) AS institutions
  FROM settlement_sale s JOIN kd k ON k.drug_code_id = s.drug_code_id
  JOIN organisation o ON o.id = s.organisation_id JOIN division dv ON dv.code = o.division_code
  WHERE s.settled_on BETWEEN :start AND :end AND {AREA.format(col="o.division_code")}
  GROUP BY GROUPING SETS ((k.k, {PREF}), (k.k))),
lg AS (
  SELECT k.k, CASE WHEN GROUPING({PREF}) = 1 THEN '{ALL}' ELSE {PREF} END AS pref,
    count(DISTINCT l.organisation_id) AS stocking, sum(l.on_hand) AS on_hand
  FROM stock_level l JOIN kd k ON k.drug_code_id = l.drug_code_id
  JOIN organisation o ON o.id = l.organisation_id JOIN division dv ON dv.code = o.division_code
  WHERE l.on_hand > 0 AND o.subtype IN ('HOSPITAL', 'PHARMACY') AND {AREA.format(col="o.division_code")}
  GROUP BY GROUPING SETS ((k.k, {PREF}), (k.k))),
ns AS (SELECT coalesce(ng.k, sg.k) AS k, coalesce(ng.pref, sg.pref) AS pref, ng.needs, ng.persons, ng.qty AS need_qty,
         ng.unmet, ng.unmet_places, sg.settlements, sg.qty AS settled_qty, sg.amount, sg.institutions
       FROM ng FULL JOIN sg ON sg.k = ng.k AND sg.pref = ng.pref)
SELECT coalesce(ns.k, lg.k) AS k, coalesce(ns.pref, lg.pref) AS pref, coalesce(ns.needs, 0), coalesce(ns.persons, 0),
  coalesce(ns.need_qty, 0), coalesce(ns.unmet, 0), coalesce(ns.unmet_places, CAST('{{}}' AS text[])),
  coalesce(ns.settlements, 0), coalesce(ns.settled_qty, 0), coalesce(ns.amount, 0), coalesce(ns.institutions, 0),
  coalesce(lg.stocking, 0), coalesce(lg.on_hand, 0)
FROM ns FULL JOIN lg ON lg.k = ns.k AND lg.pref = ns.pref
ORDER BY 1, coalesce(ns.pref, lg.pref) <> '{ALL}', 2""")


class TreatmentNeedRepository(Repository):
    @reads
    async def needs(self, access: AreaAccess, keys: Sequence[tuple[int, int, int]], window: Window
                    ) -> list[TreatmentNeedView]:
        """Treatment needs, settled sales and stock of groups of focus-list members' drug codes (`keys`: group key,
        member id, drug code id) in the area: one row per (key, prefecture) with any figure, and per key
        (prefecture ALL). A need matched to several members of a group counts once, met when any of them is held
        in its place."""
        if not keys:
            return []
        rows = await self.db.rows(NEEDS, {
            "ks": [k for k, _, _ in keys], "ms": [m for _, m, _ in keys], "ds": [d for _, _, d in keys],
            "start": window.start, "end": window.end,
            "area": None if access.divisions is None else sorted(access.divisions)})
        return [TreatmentNeedView(int(r[0]), str(r[1]), int(r[2]), int(r[3]), Decimal(r[4]), int(r[5]), list(r[6]),
                                  int(r[7]), Decimal(r[8]), Decimal(r[9]), int(r[10]), int(r[11]), Decimal(r[12]))
                for r in rows]
