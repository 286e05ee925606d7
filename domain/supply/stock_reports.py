"""Stock reports (进销存, SUP-04): the SQL that stores a batch (movements, levels, the daily rollup, window sales)
and the use case that imports one, all rows or none. The row rules are in domain.supply.stock."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert

from domain.drugs.codes import normalise_code
from domain.drugs.models import DrugCode
from domain.identity.models import OrgSubtype
from domain.shared.config import shanghai_today
from domain.shared.db import any_of
from domain.shared.errors import ValidationFailed
from domain.shared.reads import Repository, reads, writes
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.access import OrgAccess
from domain.supply.commands import ReportStock
from domain.supply.daily import add_level_changes, add_to_daily
from domain.supply.errors import SupplyError, require
from domain.supply.errors import SupplyErrorCode as C
from domain.supply.evaluation import EVALUATE_JOB, INCREMENTAL, WINDOW_SALES_UPSERT
from domain.supply.models import StockLevel, StockReportBatch
from domain.supply.organisations import OrganisationRepository
from domain.supply.stock import Level, check_rows, content_hash, movements_and_levels
from domain.supply.views import StockReportBatchView, written

BATCH = "StockReportBatch"


class StockRepository(Repository):
    @reads
    async def batch(self, org_id: int, batch_key: str) -> StockReportBatchView | None:
        """Returns an earlier report of this organisation under this batch key."""
        row = await self.db.first(StockReportBatchView.select().where(
            StockReportBatch.organisation_id == org_id, StockReportBatch.batch_key == batch_key))
        return None if row is None else StockReportBatchView.of(row)

    @reads
    async def drug_ids(self, codes: Sequence[str]) -> dict[str, int]:
        """Returns code → id for codes in master data."""
        rows = await self.db.rows(select(DrugCode.code, DrugCode.id).where(any_of(DrugCode.code, codes)))
        return {c: i for c, i in rows}

    @reads
    async def levels(self, org_id: int, drug_ids: Sequence[int]) -> dict[int, Level]:
        """Returns the current level of these drugs at this organisation."""
        rows = await self.db.rows(select(
            StockLevel.drug_code_id, StockLevel.on_hand, StockLevel.in_transit, StockLevel.as_of).where(
            StockLevel.organisation_id == org_id, any_of(StockLevel.drug_code_id, drug_ids)))
        return {d: Level(o, t, a) for d, o, t, a in rows}

    @writes
    async def add_batch(self, batch: StockReportBatch) -> StockReportBatch:
        """Inserts a report batch (its id and creation time come back from the database)."""
        self.session.add(batch)
        await self.session.flush()
        return batch

    @writes
    async def add_movements(self, org_id: int, batch_id: int, moves: list[tuple[int, date, str, Decimal]],
                            amounts: dict[tuple[int, date], Decimal] | None = None) -> None:
        """Inserts movements in one array-bound statement (sales carry their amount where one was reported) and
        adds them to the daily rollup."""
        if not moves:
            return
        amounts = amounts or {}
        am = [amounts.get((m[0], m[1])) if str(m[2]) == "SALE" else None for m in moves]
        await self.session.execute(text(
            "INSERT INTO stock_movement (organisation_id, drug_code_id, business_date, kind, quantity, amount, batch_id) "
            "SELECT :org, d, b, k, q, a, :batch FROM unnest(CAST(:ds AS int[]), CAST(:bs AS date[]), "
            "CAST(:ks AS text[]), CAST(:qs AS numeric[]), CAST(:am AS numeric[])) AS m(d, b, k, q, a)"),
            {"org": org_id, "batch": batch_id, "ds": [m[0] for m in moves], "bs": [m[1] for m in moves],
             "ks": [str(m[2]) for m in moves], "qs": [m[3] for m in moves], "am": am})
        await add_to_daily(self.session, org_id, [m[0] for m in moves], [m[1] for m in moves],
                           [str(m[2]) for m in moves], [m[3] for m in moves], am)

    @writes
    async def upsert_levels(self, org_id: int, batch_id: int, levels: dict[int, Level]) -> None:
        """Stores the newest levels; an older as-of date never overwrites a newer one."""
        if not levels:
            return
        stmt = insert(StockLevel).values([
            {"organisation_id": org_id, "drug_code_id": d, "on_hand": lv.on_hand, "in_transit": lv.in_transit,
             "as_of": lv.as_of, "batch_id": batch_id} for d, lv in levels.items()])
        stmt = stmt.on_conflict_do_update(
            index_elements=["organisation_id", "drug_code_id"],
            set_={"on_hand": stmt.excluded.on_hand, "in_transit": stmt.excluded.in_transit,
                  "as_of": stmt.excluded.as_of, "batch_id": stmt.excluded.batch_id, "updated_at": func.now()},
            where=StockLevel.as_of <= stmt.excluded.as_of)
        await self.session.execute(stmt)

    @writes
    async def add_level_steps(self, org_id: int, steps: list[tuple[int, date, Decimal | None, Decimal]]) -> None:
        """Adds an institution's stock steps to the daily rollup (SUP-44's daily on-hand)."""
        await add_level_changes(self.session, org_id, steps)

    @writes
    async def refresh_window_sales(self, org_id: int, drug_ids: Sequence[int]) -> None:
        """Recomputes the window sales of these codes at this organisation, for every window an enabled
        days-of-stock rule uses (each a short range of the movement index): a report may add back-dated sales
        without moving the level's date, so the reported codes are recomputed, not only the stale ones."""
        if not drug_ids:
            return
        await self.session.execute(text(WINDOW_SALES_UPSERT.format(pairs="""
            SELECT l.organisation_id, l.drug_code_id, l.as_of, w.d FROM stock_level l
            CROSS JOIN (SELECT DISTINCT window_days AS d FROM warning_rule
                        WHERE metric = 'DAYS_OF_STOCK' AND enabled AND deleted_at IS NULL) w
            WHERE l.organisation_id = :org AND l.drug_code_id = ANY(CAST(:drugs AS int[]))""")),
            {"org": org_id, "drugs": list(drug_ids)})


@dataclass
class ReportResult:
    batch: StockReportBatchView
    replayed: bool


class StockService:
    """Stock and in-transit reports from institutions and enterprises (SUP-04)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def report(self, cmd: ReportStock, today: date | None = None) -> ReportResult:
        """Imports a whole batch of 进销存 rows or nothing; the same batch key again returns the first result."""
        who = self.uow.who
        require(who, Scope.STOCK_REPORT)
        if who.org_id is None:
            raise SupplyError("只有机构或企业用户可以报告库存", code=C.NOT_SUPPLY_ENTITY)
        if not cmd.rows:
            raise SupplyError("批次中没有明细行", code=C.EMPTY_BATCH, field=["rows"])
        today = today or shanghai_today()
        digest = content_hash(cmd.rows)
        async with self.uow as uow:
            stock = uow.repo(StockRepository)
            # Locking the organisation serialises its reports: levels and the batch-key check stay consistent.
            org = await uow.repo(OrganisationRepository).lock(OrgAccess(None, who.org_id), who.org_id)
            if org is None:
                raise SupplyError("本单位不是供应主体，不能报告库存", code=C.NOT_SUPPLY_ENTITY)
            earlier = await stock.batch(org.id, cmd.batch_key)
            if earlier is not None:
                if earlier.content_hash != digest:
                    raise SupplyError(f"批次号 {cmd.batch_key} 已用于内容不同的另一批数据", code=C.BATCH_KEY_REUSED,
                                      field=["batchKey"])
                return ReportResult(earlier, replayed=True)
            codes = sorted({normalise_code(r.drug_code) for r in cmd.rows})
            known = await stock.drug_ids(codes)
            errors = check_rows(cmd.rows, today, known, org.subtype == OrgSubtype.DISTRIBUTOR)
            if errors:
                raise ValidationFailed(errors)
            rows = [(known[normalise_code(r.drug_code)], r) for r in cmd.rows]
            previous = await stock.levels(org.id, sorted({d for d, _ in rows}))
            moves, levels, steps = movements_and_levels(rows, previous)
            batch = await stock.add_batch(StockReportBatch(
                organisation_id=org.id, batch_key=cmd.batch_key, content_hash=digest, row_count=len(rows),
                movement_count=len(moves), reported_by=who.user_id))
            await stock.add_movements(org.id, batch.id, moves, {(d, r.business_date): r.sales_amount for d, r in rows
                                                                if r.sales_amount is not None})
            await stock.upsert_levels(org.id, batch.id, levels)
            await stock.add_level_steps(org.id, steps)
            await stock.refresh_window_sales(org.id, sorted({d for d, _ in rows}))
            dates = sorted(r.business_date for _, r in rows)
            uow.record("stock.report", BATCH, batch.id, label=cmd.batch_key, division_code=org.division_code,
                       after={"organisation": org.code, "rows": len(rows), "movements": len(moves),
                              "levels": len(levels), "from": dates[0], "to": dates[-1]})
            uow.enqueue(EVALUATE_JOB, INCREMENTAL)
            await uow.commit()
        return ReportResult(written(StockReportBatchView, batch), replayed=False)
