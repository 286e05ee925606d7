"""High-frequency drug supply stability (SUP-44 高频药供应分析: 供应稳定性重点监测), computed in SQL from the daily
rollup (stock_daily) for groups of drug codes over a window of days in an area:

- daily on-hand: the institutions' reported stock carried to each day (the sum of the rollup's stock changes up to
  the day), and with it the number of institutions holding the code and of those that have reported it;
- daily supply: the institutions' receipts of the day (what reached them);
- stock-out days: days on which institutions of the area had reported the code but none held any; institution-days
  at zero: per institution the days its reported on-hand was 0, summed;
- mean, variance (population) and standard deviation of daily on-hand and daily supply, their coefficients of
  variation (standard deviation ÷ mean), and a rating from those by the rule below (RATING_RULE)."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import text

from domain.shared.reads import Repository, reads
from domain.supply.access import AreaAccess
from domain.supply.criteria import Window
from domain.supply.views import StabilityView

AREA = "(CAST(:area AS text[]) IS NULL OR s.division_code = ANY(CAST(:area AS text[])))"
STABILITY = text(f"""
WITH keys AS (SELECT DISTINCT k, drug_code_id FROM unnest(CAST(:ks AS bigint[]), CAST(:ds AS int[])) AS x(k, drug_code_id)),
days AS (SELECT CAST(g AS date) AS day
         FROM generate_series(CAST(:start AS date), CAST(:end AS date), CAST('1 day' AS interval)) AS g),
opening AS (
  SELECT k.k, sum(s.institution_on_hand_change) AS on_hand, sum(s.institutions_stocking_change) AS stocking,
    sum(s.institutions_reporting_change) AS reporting
  FROM stock_daily s JOIN keys k ON k.drug_code_id = s.drug_code_id
  WHERE s.business_date < :start AND {AREA} GROUP BY k.k),
moves AS (
  SELECT k.k, s.business_date AS day, sum(s.institution_on_hand_change) AS on_hand,
    sum(s.institutions_stocking_change) AS stocking, sum(s.institutions_reporting_change) AS reporting,
    sum(s.hospital_received + s.pharmacy_received) AS supplied
  FROM stock_daily s JOIN keys k ON k.drug_code_id = s.drug_code_id
  WHERE s.business_date BETWEEN :start AND :end AND {AREA} GROUP BY k.k, s.business_date),
series AS (
  SELECT g.k, d.day,
    coalesce(o.on_hand, 0) + sum(coalesce(m.on_hand, 0)) OVER w AS on_hand,
    CAST(coalesce(o.stocking, 0) + sum(coalesce(m.stocking, 0)) OVER w AS int) AS stocking,
    CAST(coalesce(o.reporting, 0) + sum(coalesce(m.reporting, 0)) OVER w AS int) AS reporting,
    coalesce(m.supplied, 0) AS supplied
  FROM (SELECT DISTINCT k FROM keys) g CROSS JOIN days d
  LEFT JOIN opening o ON o.k = g.k LEFT JOIN moves m ON m.k = g.k AND m.day = d.day
  WINDOW w AS (PARTITION BY g.k ORDER BY d.day))
SELECT k, count(*) AS days,
  count(*) FILTER (WHERE reporting > 0 AND stocking = 0) AS stock_out_days,
  count(*) FILTER (WHERE reporting = 0) AS no_data_days,
  coalesce(sum(reporting - stocking), 0) AS zero_stock_days, coalesce(sum(reporting), 0) AS reporting_days,
  avg(on_hand) AS mean_on_hand, var_pop(on_hand) AS on_hand_variance, stddev_pop(on_hand) AS on_hand_stddev,
  avg(supplied) AS mean_supplied, var_pop(supplied) AS supplied_variance, stddev_pop(supplied) AS supplied_stddev,
  array_agg(on_hand ORDER BY day) AS on_hand_series, array_agg(supplied ORDER BY day) AS supplied_series,
  array_agg(stocking ORDER BY day) AS stocking_series,
  (array_agg(reporting ORDER BY day DESC))[1] AS reporting_at_end
FROM series GROUP BY k ORDER BY k""")


class StabilityRating(StrEnum):
    STABLE = "STABLE"
    FLUCTUATING = "FLUCTUATING"
    UNSTABLE = "UNSTABLE"
    NO_DATA = "NO_DATA"


RATING_LABELS = {StabilityRating.STABLE: "稳定", StabilityRating.FLUCTUATING: "波动",
                 StabilityRating.UNSTABLE: "不稳定", StabilityRating.NO_DATA: "无数据"}
UNSTABLE_ON_HAND_CV = Decimal("0.5")
FLUCTUATING_ON_HAND_CV = Decimal("0.2")
# Daily supply is lumpy by nature (a weekly delivery alone gives a CV of about 2.4): only supply concentrated on
# very few days of the window (one day in 17 or fewer) counts as fluctuating.
FLUCTUATING_SUPPLY_CV = Decimal("4.0")
FLUCTUATING_ZERO_SHARE = Decimal("0.1")
RATING_RULE = (
    f"无数据：时段结束时辖区内没有任何定点医药机构报告过该药品的库存；"
    f"不稳定：断供天数 ≥ 1（已有机构报告、但没有任何机构库存 > 0 的日子），或日库存变异系数 ≥ {UNSTABLE_ON_HAND_CV}；"
    f"波动：日库存变异系数 ≥ {FLUCTUATING_ON_HAND_CV}，或日供应量变异系数 ≥ {FLUCTUATING_SUPPLY_CV}，"
    f"或机构缺货日（机构×日库存为 0）占机构报告日的比例 ≥ {FLUCTUATING_ZERO_SHARE}；稳定：其余。"
    f"变异系数 = 标准差（总体）÷ 均值，均值为 0 时不计。")


def cv(stddev: Decimal, mean: Decimal) -> Decimal | None:
    """The coefficient of variation (4 decimals); None when the mean is 0."""
    return None if mean == 0 else (Decimal(stddev) / Decimal(mean)).quantize(Decimal("0.0001"))


def zero_share(v: StabilityView) -> Decimal | None:
    """Institution-days at zero ÷ institution-days reported (4 decimals); None without reports."""
    return None if v.reporting_days == 0 else (Decimal(v.zero_stock_days) / v.reporting_days).quantize(Decimal("0.0001"))


def rating(v: StabilityView) -> StabilityRating:
    """The rating of one drug's window by RATING_RULE."""
    if v.reporting_at_end == 0:
        return StabilityRating.NO_DATA
    on_hand_cv, supply_cv, share = cv(v.on_hand_stddev, v.mean_on_hand), cv(v.supplied_stddev, v.mean_supplied), \
        zero_share(v)
    if v.stock_out_days > 0 or (on_hand_cv is not None and on_hand_cv >= UNSTABLE_ON_HAND_CV):
        return StabilityRating.UNSTABLE
    if (on_hand_cv is not None and on_hand_cv >= FLUCTUATING_ON_HAND_CV) or \
            (supply_cv is not None and supply_cv >= FLUCTUATING_SUPPLY_CV) or \
            (share is not None and share >= FLUCTUATING_ZERO_SHARE):
        return StabilityRating.FLUCTUATING
    return StabilityRating.STABLE


class StabilityRepository(Repository):
    @reads
    async def stability(self, access: AreaAccess, keys: Sequence[tuple[int, int]], window: Window) -> list[StabilityView]:
        """Daily stock and supply statistics of groups of drug codes (`keys` pairs a group key with a drug code id)
        in the area over the window, one row per key."""
        if not keys:
            return []
        rows = await self.db.rows(STABILITY, {
            "ks": [k for k, _ in keys], "ds": [d for _, d in keys], "start": window.start, "end": window.end,
            "area": None if access.divisions is None else sorted(access.divisions)})
        return [StabilityView(int(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4]), int(r[5]), Decimal(r[6]),
                              Decimal(r[7]), Decimal(r[8]), Decimal(r[9]), Decimal(r[10]), Decimal(r[11]),
                              [Decimal(x) for x in r[12]], [Decimal(x) for x in r[13]], [int(x) for x in r[14]],
                              int(r[15])) for r in rows]
