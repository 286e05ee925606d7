"""The daily supply rollup (stock_daily): receipts and sales per business day × county × drug code, split by
hospitals, pharmacies and enterprises, and the day's change of the institutions' reported stock. Area-wide analyses
(SUP-39…45, DRUG-24/25) read it instead of stock_movement: at 10 million movements a region-wide trend over the raw
rows scans them all, the rollup is ~25× smaller. Per-organisation figures still read stock_movement
(domain.supply.analysis).

Flows are maintained in the same transaction as the movements they sum (`add_to_daily`), and rebuilt from
stock_movement by the migration and the demo seeder (`rebuild_daily`). Adjustments are not supply and are left out.
An organisation's division is read when its movements are added (organisations do not move between counties).

Stock (SUP-44 supply stability): each institution's reported on-hand is a step function of the business day — the
value of its newest report on or before that day (a late report for an earlier day does not move it, as it does not
move the level). Stock reports add each step to the rollup (`add_level_changes`): the change of on-hand, of the
number of institutions holding the code (on-hand > 0) and of those that have reported it at all. A day's on-hand in
an area is then the sum of the changes up to that day. Steps are not kept elsewhere, so `rebuild_daily` leaves these
columns as they are."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base
from domain.supply.models import SupplyWarning

QTY = Numeric(18, 3)
SUMS = """
  coalesce(sum(q) FILTER (WHERE s = 'HOSPITAL' AND k = 'RECEIPT'), 0),
  coalesce(sum(q) FILTER (WHERE s = 'HOSPITAL' AND k = 'SALE'), 0),
  count(*) FILTER (WHERE s = 'HOSPITAL' AND k = 'SALE'),
  coalesce(sum(q) FILTER (WHERE s = 'PHARMACY' AND k = 'RECEIPT'), 0),
  coalesce(sum(q) FILTER (WHERE s = 'PHARMACY' AND k = 'SALE'), 0),
  count(*) FILTER (WHERE s = 'PHARMACY' AND k = 'SALE'),
  coalesce(sum(q) FILTER (WHERE s IN ('WHOLESALER', 'DISTRIBUTOR') AND k = 'RECEIPT'), 0),
  coalesce(sum(q) FILTER (WHERE s IN ('WHOLESALER', 'DISTRIBUTOR') AND k = 'SALE'), 0),
  coalesce(sum(a) FILTER (WHERE s = 'HOSPITAL' AND k = 'SALE'), 0),
  coalesce(sum(a) FILTER (WHERE s = 'PHARMACY' AND k = 'SALE'), 0)"""
COLUMNS = ("hospital_received", "hospital_sold", "hospital_sales", "pharmacy_received", "pharmacy_sold",
           "pharmacy_sales", "enterprise_received", "enterprise_sold", "hospital_sales_amount", "pharmacy_sales_amount")
INSERT = f"INSERT INTO stock_daily (business_date, division_code, drug_code_id, {', '.join(COLUMNS)}) "


class StockDaily(Base):
    __tablename__ = "stock_daily"

    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    division_code: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), primary_key=True)
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"), primary_key=True)
    hospital_received: Mapped[Decimal] = mapped_column(QTY)
    hospital_sold: Mapped[Decimal] = mapped_column(QTY)
    hospital_sales: Mapped[int] = mapped_column(Integer)  # sale records (institution × day): "sales counts"
    pharmacy_received: Mapped[Decimal] = mapped_column(QTY)
    pharmacy_sold: Mapped[Decimal] = mapped_column(QTY)
    pharmacy_sales: Mapped[int] = mapped_column(Integer)
    enterprise_received: Mapped[Decimal] = mapped_column(QTY)
    enterprise_sold: Mapped[Decimal] = mapped_column(QTY)  # wholesalers' and distributors' sales = supplied
    hospital_sales_amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))  # of the sales reported with an amount
    pharmacy_sales_amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    # Reported stock of hospitals and pharmacies: the day's changes (see the module's docstring).
    institution_on_hand_change: Mapped[Decimal] = mapped_column(QTY, server_default=text("0"))
    institutions_stocking_change: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    institutions_reporting_change: Mapped[int] = mapped_column(Integer, server_default=text("0"))

    __table_args__ = (
        # one drug (or a focus list's few) over a date range
        Index("ix_stock_daily_drug_date", "drug_code_id", "business_date"),
    )


_UPSERT = " ON CONFLICT (business_date, division_code, drug_code_id) DO UPDATE SET " + ", ".join(
    f"{c} = stock_daily.{c} + EXCLUDED.{c}" for c in COLUMNS)


async def add_to_daily(session: AsyncSession, org_id: int, ds: list[int], bs: list[date], ks: list[str],
                       qs: list[Decimal], am: list[Decimal | None]) -> None:
    """Adds one organisation's new movements to the rollup (rows taken in key order: concurrent reports of the
    same county lock them in the same order)."""
    await session.execute(text(
        INSERT + f"SELECT b, o.division_code, d, {SUMS} "
        "FROM unnest(CAST(:ds AS int[]), CAST(:bs AS date[]), CAST(:ks AS text[]), CAST(:qs AS numeric[]), "
        "CAST(:am AS numeric[])) AS m(d, b, k, q, a) CROSS JOIN (SELECT division_code, subtype AS s FROM organisation WHERE id = :org) o "
        "WHERE k IN ('RECEIPT', 'SALE') GROUP BY b, o.division_code, d ORDER BY b, o.division_code, d" + _UPSERT),
        {"org": org_id, "ds": ds, "bs": bs, "ks": ks, "qs": qs, "am": am})


LEVEL_COLUMNS = ("institution_on_hand_change", "institutions_stocking_change", "institutions_reporting_change")


async def add_level_changes(session: AsyncSession, org_id: int,
                            steps: list[tuple[int, date, Decimal | None, Decimal]]) -> None:
    """Adds an institution's stock steps (drug id, day, on-hand before — None for its first report of the code —,
    on-hand after) to the rollup; enterprises' stock is not part of it."""
    if not steps:
        return
    await session.execute(text(
        f"INSERT INTO stock_daily (business_date, division_code, drug_code_id, {', '.join(COLUMNS)}, "
        f"{', '.join(LEVEL_COLUMNS)}) "
        f"SELECT b, o.division_code, d, {', '.join('0' for _ in COLUMNS)}, "
        "sum(n - coalesce(p, 0)), sum(CAST(n > 0 AS int) - CAST(coalesce(p, 0) > 0 AS int)), "
        "sum(CAST(p IS NULL AS int)) "
        "FROM unnest(CAST(:ds AS int[]), CAST(:bs AS date[]), CAST(:ps AS numeric[]), CAST(:ns AS numeric[])) "
        "AS x(d, b, p, n) CROSS JOIN (SELECT division_code FROM organisation WHERE id = :org "
        "AND subtype IN ('HOSPITAL', 'PHARMACY')) o "
        "GROUP BY b, o.division_code, d ORDER BY b, o.division_code, d "
        "ON CONFLICT (business_date, division_code, drug_code_id) DO UPDATE SET "
        + ", ".join(f"{c} = stock_daily.{c} + EXCLUDED.{c}" for c in LEVEL_COLUMNS)),
        {"org": org_id, "ds": [s[0] for s in steps], "bs": [s[1] for s in steps], "ps": [s[2] for s in steps],
         "ns": [s[3] for s in steps]})


FLOWS = (f"SELECT m.business_date, o.division_code, m.drug_code_id, {SUMS} "
         "FROM (SELECT organisation_id, business_date, drug_code_id, kind AS k, quantity AS q, amount AS a FROM stock_movement "
         "WHERE kind IN ('RECEIPT', 'SALE')) m JOIN (SELECT id, division_code, subtype AS s FROM organisation) o "
         "ON o.id = m.organisation_id GROUP BY m.business_date, o.division_code, m.drug_code_id")
REBUILD = (INSERT + FLOWS + " ON CONFLICT (business_date, division_code, drug_code_id) DO UPDATE SET "
           + ", ".join(f"{c} = EXCLUDED.{c}" for c in COLUMNS))
_NO_FLOWS = " AND ".join(f"{c} = 0" for c in COLUMNS)


async def rebuild_daily(session: AsyncSession) -> int:
    """Recomputes the rollup's flows from stock_movement (seeding, repairs), keeping the stock steps; returns its
    row count."""
    await session.execute(text(f"UPDATE stock_daily SET {', '.join(f'{c} = 0' for c in COLUMNS)} WHERE NOT ({_NO_FLOWS})"))
    await session.execute(text(REBUILD))
    await session.execute(text(f"DELETE FROM stock_daily WHERE {_NO_FLOWS} AND "
                               + " AND ".join(f"{c} = 0" for c in LEVEL_COLUMNS)))
    return int((await session.execute(text("SELECT count(*) FROM stock_daily"))).scalar() or 0)


# Open warnings per drug code (focus-list and per-drug analyses count them).
Index("ix_supply_warning_drug_open", SupplyWarning.drug_code_id, SupplyWarning.division_code,
      postgresql_where=text("state <> 'CLOSED'"))
