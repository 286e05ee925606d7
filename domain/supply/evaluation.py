"""The warning evaluation run (SUP-15…17 data): every enabled rule judged in SQL over the stock levels, opening,
refreshing and closing warnings. Safe to re-run (arq retries, the cron schedule and stock-report triggers
overlap); one run at a time."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import exists, func, or_, select, text, update

from domain.audit.models import jsonable
from domain.divisions.repository import load_tree
from domain.shared.principal import Principal
from domain.shared.reads import Repository, reads, writes
from domain.shared.uow import UnitOfWork
from domain.supply.models import RuleMetric, SupplyWarning, WarningEvaluationRun, WarningRule, WarningState
from domain.supply.stocking import StockingRepository
from domain.supply.views import WarningRuleView

log = logging.getLogger(__name__)

RULE = "WarningRule"
EVALUATE_JOB = "evaluate_warnings"
FULL, INCREMENTAL = "FULL", "INCREMENTAL"
INCREMENTAL_MARGIN = timedelta(minutes=10)  # longer than any stock report transaction
DIRTY_SHARE = 0.3

# Sales over (as_of - d, as_of] for the (organisation, code, as_of, window d) pairs the {pairs} query yields.
WINDOW_SALES_UPSERT = """
    INSERT INTO stock_window_sales (organisation_id, drug_code_id, window_days, as_of, sold, updated_at)
    SELECT p.organisation_id, p.drug_code_id, p.d, p.as_of, coalesce(sum(m.quantity), 0), now()
    FROM ({pairs}) AS p(organisation_id, drug_code_id, as_of, d)
    LEFT JOIN stock_movement m ON m.organisation_id = p.organisation_id AND m.drug_code_id = p.drug_code_id
      AND m.kind = 'SALE' AND m.business_date > p.as_of - p.d AND m.business_date <= p.as_of
    GROUP BY p.organisation_id, p.drug_code_id, p.d, p.as_of
    ON CONFLICT (organisation_id, drug_code_id, window_days)
    DO UPDATE SET as_of = EXCLUDED.as_of, sold = EXCLUDED.sold, updated_at = EXCLUDED.updated_at"""


class EvaluationRepository(Repository):
    """The run's SQL: its lock and clock, the stale window sales, the dirty set, and each rule's hits."""

    @writes
    async def begin(self) -> datetime:
        """Takes the evaluation lock for this transaction (concurrent runs would close each other's fresh rows)
        and returns the run's start time."""
        await self.session.execute(text("SELECT pg_advisory_xact_lock(20261130)"))
        return await self.session.scalar(text("SELECT clock_timestamp()"))  # type: ignore[no-any-return]

    @reads
    async def run_started_after(self, moment: datetime, full_only: bool = False) -> bool:
        """True when an evaluation run (a full one, if asked) started after `moment` (and so saw everything
        committed before it)."""
        cond = [WarningEvaluationRun.started_at > moment]
        if full_only:
            cond.append(WarningEvaluationRun.mode == "FULL")
        return bool(await self.db.scalar(select(exists().where(*cond))))

    @reads
    async def last_run_started(self) -> datetime | None:
        """When the newest finished run started (the incremental watermark)."""
        return await self.db.scalar(select(func.max(WarningEvaluationRun.started_at)).where(  # type: ignore[no-any-return]
            WarningEvaluationRun.finished_at.is_not(None)))

    @reads
    async def enabled_rules(self) -> list[WarningRuleView]:
        """Returns every enabled rule of every bureau."""
        return WarningRuleView.many(await self.db.rows(WarningRuleView.select().where(
            WarningRule.enabled.is_(True), WarningRule.deleted_at.is_(None)).order_by(WarningRule.id)))

    @reads
    async def level_count_estimate(self) -> float:
        """The planner's estimate of the number of stock levels (no scan)."""
        return float(await self.db.scalar(text(
            "SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'stock_level'::regclass")) or 0)

    @writes
    async def close_inactive(self, now: datetime) -> list[tuple[int, int]]:
        """Closes open warnings of disabled or deleted rules; returns (rule id, closed) pairs."""
        inactive = select(WarningRule.id).where(or_(WarningRule.enabled.is_(False), WarningRule.deleted_at.is_not(None)))
        rows = (await self.session.execute(
            update(SupplyWarning).where(SupplyWarning.rule_id.in_(inactive), SupplyWarning.state != WarningState.CLOSED)
            .values(state=WarningState.CLOSED, closed_at=now).returning(SupplyWarning.rule_id))).all()
        out: dict[int, int] = {}
        for (rid,) in rows:
            out[rid] = out.get(rid, 0) + 1
        return sorted(out.items())

    @writes
    async def refresh_stale_window_sales(self) -> int:
        """Recomputes the window sales that are missing or taken at another date than their level's (a level
        written without movements, a window a new rule brought); returns how many. The stale set goes through a
        temporary table with statistics, so the planner knows whether it is a handful of pairs or all of them."""
        await self.session.execute(text("DROP TABLE IF EXISTS eval_stale"))
        await self.session.execute(text("""
            CREATE TEMP TABLE eval_stale ON COMMIT DROP AS
            SELECT l.organisation_id, l.drug_code_id, l.as_of, w.d
            FROM stock_level l
            CROSS JOIN (SELECT DISTINCT window_days AS d FROM warning_rule
                        WHERE metric = 'DAYS_OF_STOCK' AND enabled AND deleted_at IS NULL) w
            LEFT JOIN stock_window_sales s ON s.organisation_id = l.organisation_id
              AND s.drug_code_id = l.drug_code_id AND s.window_days = w.d
            WHERE s.as_of IS DISTINCT FROM l.as_of"""))
        await self.session.execute(text("ANALYZE eval_stale"))
        r = await self.session.execute(text(WINDOW_SALES_UPSERT.format(
            pairs="SELECT organisation_id, drug_code_id, as_of, d FROM eval_stale")))
        return int(r.rowcount or 0)  # type: ignore[attr-defined]

    @writes
    async def prepare_dirty(self, since: datetime) -> int:
        """The incremental run's dirty set: (organisation, code) pairs whose level or window sales were written
        since `since` (temporary, with statistics); returns its size."""
        await self.session.execute(text("DROP TABLE IF EXISTS eval_dirty"))
        await self.session.execute(text("""
            CREATE TEMP TABLE eval_dirty ON COMMIT DROP AS
            SELECT organisation_id, drug_code_id FROM stock_level WHERE updated_at >= :since
            UNION
            SELECT organisation_id, drug_code_id FROM stock_window_sales WHERE updated_at >= :since"""),
            {"since": since})
        await self.session.execute(text("CREATE INDEX ON eval_dirty (organisation_id, drug_code_id)"))
        await self.session.execute(text("ANALYZE eval_dirty"))
        return int(await self.session.scalar(text("SELECT count(*) FROM eval_dirty")) or 0)

    @writes
    async def evaluate_days_of_stock(self, rule: WarningRuleView, area: Sequence[str], now: datetime,
                                     incremental: bool = False) -> tuple[int, int]:
        """Opens or refreshes warnings where on-hand ÷ average daily sales (the window's sales up to the level's
        as-of date ÷ window days, from stock_window_sales) is below the threshold. Returns (opened, refreshed).

        `incremental`: only the pairs in the run's dirty set (eval_dirty, see prepare_dirty); the value of any other
        pair cannot have changed, because the sales window is anchored at the level's own as-of date."""
        dirty = ("JOIN eval_dirty d ON d.organisation_id = l.organisation_id AND d.drug_code_id = l.drug_code_id"
                 if incremental else "")
        await self._hits(f"""
            WITH sales AS (
              SELECT l.organisation_id, l.drug_code_id, l.on_hand, s.sold / CAST(:window AS numeric) AS daily
              FROM stock_level l
              JOIN organisation o ON o.id = l.organisation_id
              JOIN stock_window_sales s ON s.organisation_id = l.organisation_id AND s.drug_code_id = l.drug_code_id
                AND s.window_days = CAST(:window AS int) AND s.as_of = l.as_of
              {dirty}
              WHERE o.subtype = ANY(CAST(:subtypes AS text[])) AND o.division_code = ANY(CAST(:area AS text[]))
                AND s.sold > 0)
            SELECT 'O:' || s.organisation_id AS subject_key, s.organisation_id, o.subtype, o.division_code,
                   s.drug_code_id, round(s.on_hand / s.daily, 3) AS value
            FROM sales s JOIN organisation o ON o.id = s.organisation_id
            WHERE s.on_hand / s.daily < CAST(:threshold AS numeric)""",
            {"window": rule.window_days, "subtypes": list(rule.target_subtypes), "area": list(area),
             "threshold": rule.threshold})
        return await self._apply_hits(rule, now)

    @writes
    async def evaluate_low_coverage(self, rule: WarningRuleView, area: Sequence[str], catalog_id: int | None,
                                    now: datetime, incremental: bool = False) -> tuple[int, int]:
        """Opens or refreshes warnings for (county, catalog drug code) pairs stocked by fewer than `threshold`
        target institutions in the county. Considered: counties with a target institution, and catalog codes that
        some target institution in the rule's area reports. Returns (opened, refreshed).

        `incremental`: only the codes of the run's dirty set (eval_dirty), in every county."""
        dirty = "AND l.drug_code_id IN (SELECT drug_code_id FROM eval_dirty)" if incremental else ""
        await self._hits(f"""
            WITH targets AS (
              SELECT o.id, o.division_code FROM organisation o
              WHERE o.subtype = ANY(CAST(:subtypes AS text[])) AND o.division_code = ANY(CAST(:area AS text[]))),
            counties AS (SELECT DISTINCT division_code FROM targets),
            codes AS (
              SELECT DISTINCT l.drug_code_id FROM stock_level l JOIN targets t ON t.id = l.organisation_id
              WHERE (CAST(:catalog AS int) IS NULL OR EXISTS (
                SELECT 1 FROM catalog_entry e WHERE e.version_id = CAST(:catalog AS int) AND e.drug_code_id = l.drug_code_id))
                {dirty}),
            cover AS (
              SELECT t.division_code, l.drug_code_id, count(*) AS n
              FROM stock_level l JOIN targets t ON t.id = l.organisation_id
              WHERE l.on_hand > 0 AND l.drug_code_id IN (SELECT drug_code_id FROM codes)
              GROUP BY t.division_code, l.drug_code_id)
            SELECT 'D:' || c.division_code AS subject_key, CAST(NULL AS int) AS organisation_id,
                   CAST(NULL AS varchar) AS subtype, c.division_code, k.drug_code_id,
                   CAST(coalesce(v.n, 0) AS numeric(18, 3)) AS value
            FROM counties c CROSS JOIN codes k
            LEFT JOIN cover v ON v.division_code = c.division_code AND v.drug_code_id = k.drug_code_id
            WHERE coalesce(v.n, 0) < CAST(:threshold AS numeric)""",
            {"subtypes": list(rule.target_subtypes), "area": list(area), "catalog": catalog_id,
             "threshold": rule.threshold})
        return await self._apply_hits(rule, now)

    async def _hits(self, select_sql: str, params: dict[str, Any]) -> None:
        """Stores the (subject, code, value) pairs where a rule's condition holds now in eval_hits."""
        await self.session.execute(text("DROP TABLE IF EXISTS eval_hits"))
        await self.session.execute(text(f"CREATE TEMP TABLE eval_hits ON COMMIT DROP AS {select_sql}"), params)
        await self.session.execute(text("CREATE INDEX ON eval_hits (subject_key, drug_code_id)"))
        await self.session.execute(text("ANALYZE eval_hits"))

    async def _apply_hits(self, rule: WarningRuleView, now: datetime) -> tuple[int, int]:
        """Opens a warning for each new hit and rewrites an open one only when its value, threshold or level
        changed (a steady day rewrites nothing). Returns (opened, refreshed)."""
        result = await self.session.execute(text("""
            INSERT INTO supply_warning (rule_id, level, subject_key, organisation_id, subtype, division_code,
                                        drug_code_id, value, threshold, state, first_seen_at, last_seen_at)
            SELECT :rule, :level, h.subject_key, h.organisation_id, h.subtype, h.division_code, h.drug_code_id,
                   h.value, CAST(:threshold AS numeric), 'IDENTIFIED', :now, :now
            FROM eval_hits h
            ON CONFLICT (rule_id, subject_key, drug_code_id) WHERE state <> 'CLOSED'
            DO UPDATE SET value = EXCLUDED.value, threshold = EXCLUDED.threshold, level = EXCLUDED.level,
                          last_seen_at = EXCLUDED.last_seen_at
            WHERE (supply_warning.value, supply_warning.threshold, supply_warning.level)
                  IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.threshold, EXCLUDED.level)
            RETURNING (xmax = 0) AS inserted"""),
            {"rule": rule.id, "level": rule.level, "threshold": rule.threshold, "now": now})
        flags = [r.inserted for r in result]
        return sum(flags), len(flags) - sum(flags)

    @writes
    async def close_cleared(self, rule: WarningRuleView, now: datetime, incremental: bool = False) -> int:
        """Closes the rule's open warnings whose condition no longer holds (not among this run's eval_hits of the
        rule, computed just before). An incremental run only judges the pairs (days of stock) or codes (coverage)
        of its dirty set."""
        scope = ""
        if incremental:
            scope = ("AND EXISTS (SELECT 1 FROM eval_dirty d WHERE d.organisation_id = w.organisation_id "
                     "AND d.drug_code_id = w.drug_code_id)" if rule.metric == "DAYS_OF_STOCK"
                     else "AND w.drug_code_id IN (SELECT drug_code_id FROM eval_dirty)")
        result = await self.session.execute(text(f"""
            UPDATE supply_warning w SET state = 'CLOSED', closed_at = :now
            WHERE w.rule_id = :rule AND w.state <> 'CLOSED' {scope}
              AND NOT EXISTS (SELECT 1 FROM eval_hits h WHERE h.subject_key = w.subject_key
                                                          AND h.drug_code_id = w.drug_code_id)"""),
            {"rule": rule.id, "now": now})
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    @writes
    async def add_run(self, run: WarningEvaluationRun) -> None:
        """Records a finished run (its start is the next incremental run's watermark)."""
        self.session.add(run)


class WarningEvaluator:
    """Evaluates every enabled rule in SQL; safe to re-run (arq retries, cron and outbox triggers overlap)."""

    def __init__(self, sessions: Any) -> None:
        self.sessions = sessions

    async def run(self, requested_at: datetime | None = None, mode: str = FULL) -> dict[str, int]:
        """Opens, refreshes and closes warnings for all rules; returns totals.

        `requested_at` is when the job was enqueued (after the stock report committed): if a run started after
        it, that run already saw the new data and this one returns at once, so a burst of reports costs one or
        two evaluations, not one each (a full request is only answered by a full run).

        `mode` INCREMENTAL evaluates only the stock levels written since the previous run started (less a margin
        for transactions that were still open then); with no previous run it is a full run."""
        uow = UnitOfWork(self.sessions, Principal.system("warning-evaluator"))
        totals = {"rules": 0, "opened": 0, "refreshed": 0, "closed": 0, "skipped": 0}
        async with uow:
            repo, stocking = uow.repo(EvaluationRepository), uow.repo(StockingRepository)
            now = await repo.begin()
            if requested_at is not None and await repo.run_started_after(requested_at, full_only=mode == FULL):
                return {**totals, "skipped": 1}
            since = None
            if mode == INCREMENTAL:
                last = await repo.last_run_started()
                since = last - INCREMENTAL_MARGIN if last is not None else None
            tree = await load_tree(uow.session)
            for rid, n in await repo.close_inactive(now):
                totals["closed"] += n
                uow.record("warning.evaluate", RULE, rid, division_code=None, after={"closed": n, "inactive": True})
            totals["recomputed"] = await repo.refresh_stale_window_sales()
            incremental = since is not None
            if incremental:
                totals["dirty"] = await repo.prepare_dirty(since)  # type: ignore[arg-type]
                # When most levels changed (every institution reported its day), restricting every statement to the
                # dirty set costs more than judging everything: the result is the same either way.
                incremental = totals["dirty"] < DIRTY_SHARE * await repo.level_count_estimate()
            for rule in await repo.enabled_rules():
                area = sorted(tree.subtree(rule.owner_division))
                if rule.metric == RuleMetric.DAYS_OF_STOCK:
                    opened, refreshed = await repo.evaluate_days_of_stock(rule, area, now, incremental)
                else:
                    catalog = await stocking.latest_catalog(frozenset(area) | frozenset(tree.ancestors(rule.owner_division)))
                    opened, refreshed = await repo.evaluate_low_coverage(rule, area, catalog, now, incremental)
                closed = await repo.close_cleared(rule, now, incremental)
                totals["rules"] += 1
                totals["opened"] += opened
                totals["refreshed"] += refreshed
                totals["closed"] += closed
                if opened or refreshed or closed:
                    uow.record("warning.evaluate", RULE, rule.id, label=rule.name, division_code=rule.owner_division,
                               after={"opened": opened, "refreshed": refreshed, "closed": closed,
                                      "mode": INCREMENTAL if incremental else FULL})
            await repo.add_run(WarningEvaluationRun(
                started_at=now, finished_at=datetime.now(timezone.utc), rules=totals["rules"], opened=totals["opened"],
                refreshed=totals["refreshed"], closed=totals["closed"], mode=FULL if since is None else INCREMENTAL))
            await uow.commit()
        log.info("warning evaluation: %s", jsonable(totals))
        return totals
