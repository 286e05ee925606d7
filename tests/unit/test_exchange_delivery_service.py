"""DeliveryService (SUP-09) with in-memory repositories through tests/fakes.FakeUnitOfWork: a batch is all or
nothing, and its key makes a resend a no-op. The API tests (tests/api/test_exchange_deliveries.py) run the same
use case on PostgreSQL; these show it needs nothing but the repositories the unit of work hands out."""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

import pytest

from domain.exchange.commands import ReportDeliveries
from domain.exchange.deliveries import DeliveryService
from domain.exchange.models import ExchangeBatch
from domain.exchange.repository import ExchangeRepository
from domain.exchange.views import BatchView, OrgView, view_of
from domain.identity.models import Organisation
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.principal import Principal
from domain.shared.scopes import Role, Scope
from domain.supply.stock_reports import StockRepository
from domain.supply.evaluation import EVALUATE_JOB
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 27)
DRUG = "XA02ADL824A009010290027"
HOSPITAL = "H65010200001"


class FakeExchange:
    """What DeliveryService uses of ExchangeRepository, in memory; writes land on commit, vanish on rollback."""

    def __init__(self, distributor: Organisation) -> None:
        self.distributor = distributor
        self.institutions = {HOSPITAL: OrgView(7, HOSPITAL, "医院", "INSTITUTION", "650102", "HOSPITAL", "PUBLIC",
                                               "05", None, None, None, None)}
        self.batches: list[ExchangeBatch] = []
        self.orders: dict[tuple[int, str, int], dict[str, Any]] = {}
        self.in_transit: dict[tuple[int, int], Decimal] = {}
        self._pending: list[tuple[str, Any]] = []

    def commit(self) -> None:
        for kind, value in self._pending:
            if kind == "batch":
                self.batches.append(value)
            elif kind == "order":
                self.orders[(value["distributor_id"], value["order_no"], value["drug_code_id"])] = value
            else:
                self.in_transit.update(value)
        self._pending = []

    def rollback(self) -> None:
        self._pending = []

    async def lock_org(self, org_id: int) -> Organisation | None:
        return self.distributor if org_id == self.distributor.id else None

    async def batch(self, kind: str, sender: str, batch_key: str) -> BatchView | None:
        found = [b for b in self.batches if (b.kind, b.sender, b.batch_key) == (kind, sender, batch_key)]
        return view_of(BatchView, found[0]) if found else None

    async def orgs_by_codes(self, codes: list[str]) -> dict[str, OrgView]:
        return {c: self.institutions[c] for c in codes if c in self.institutions}

    async def add_batch(self, batch: ExchangeBatch) -> ExchangeBatch:
        batch.id, batch.created_at = len(self.batches) + 1, datetime.now(timezone.utc)
        self._pending.append(("batch", batch))
        return batch

    async def upsert_orders(self, rows: list[dict[str, Any]]) -> int:
        self._pending += [("order", r) for r in rows]
        return sum(1 for r in rows if (r["distributor_id"], r["order_no"], r["drug_code_id"]) not in self.orders)

    async def set_in_transit(self, org_id: int, levels: dict[int, tuple[Decimal, date]]) -> None:
        self._pending.append(("transit", {(org_id, d): q for d, (q, _) in levels.items()}))


class FakeStock:
    async def drug_ids(self, codes: list[str]) -> dict[str, int]:
        return {c: 42 for c in codes if c == DRUG}


def _uow() -> tuple[FakeUnitOfWork, FakeExchange]:
    org = Organisation(id=3, code="91650100MA0000001X", credit_code="91650100MA0000001X", name="配送", kind="ENTERPRISE",
                       subtype="DISTRIBUTOR", division_code="650102")
    who = Principal(user_id=9, username="d", display_name="d", role=Role.ENTERPRISE_STAFF, posts=frozenset(),
                    scopes=frozenset({Scope.DELIVERY_REPORT}), org_id=org.id, division_code="650102")
    exchange = FakeExchange(org)
    return FakeUnitOfWork(who, {ExchangeRepository: exchange, StockRepository: FakeStock()}), exchange


def _cmd(key: str, ordered: str = "10", delivered: str = "4", transit: str = "6") -> ReportDeliveries:
    return ReportDeliveries.model_validate({
        "batch_key": key,
        "orders": [{"order_no": "PO-1", "institution_code": HOSPITAL, "drug_code": DRUG, "ordered_qty": ordered,
                    "delivered_qty": delivered, "order_date": "2026-11-20", "status": "IN_TRANSIT"}],
        "in_transit": [{"drug_code": DRUG, "quantity": transit, "as_of": "2026-11-26"}]})


async def test_a_valid_batch_stores_orders_and_in_transit_and_queues_the_warning_evaluation():
    uow, exchange = _uow()
    result = await DeliveryService(uow).report(_cmd("k1"), TODAY)  # type: ignore[arg-type]
    assert not result.replayed and result.batch.summary == {"orders": 1, "newOrders": 1, "updatedOrders": 0,
                                                            "inTransit": 1}
    assert list(exchange.orders) == [(3, "PO-1", 42)] and exchange.in_transit == {(3, 42): Decimal("6")}
    assert uow.commits == 1 and [j for j, _ in uow.enqueued] == [EVALUATE_JOB]
    assert [(a.action, a.entity_id) for a in uow.audited] == [("delivery.report", result.batch.id)]


async def test_a_batch_with_a_bad_row_stores_nothing():
    uow, exchange = _uow()
    with pytest.raises(ValidationFailed) as e:
        await DeliveryService(uow).report(_cmd("k1", ordered="10", delivered="11"), TODAY)  # type: ignore[arg-type]
    assert [x.code for x in e.value.errors] == ["OVER_DELIVERED"]
    assert (exchange.batches, exchange.orders, exchange.in_transit) == ([], {}, {})
    assert uow.commits == 0 and uow.audited == [] and uow.enqueued == []


async def test_the_same_batch_again_returns_the_first_result_and_a_reused_key_is_refused():
    uow, exchange = _uow()
    first = await DeliveryService(uow).report(_cmd("k1"), TODAY)  # type: ignore[arg-type]
    again = await DeliveryService(uow).report(_cmd("k1"), TODAY)  # type: ignore[arg-type]
    assert again.replayed and again.batch == first.batch and len(exchange.batches) == 1 and uow.commits == 1
    with pytest.raises(DomainError) as e:
        await DeliveryService(uow).report(_cmd("k1", transit="7"), TODAY)  # type: ignore[arg-type]
    assert e.value.code == "BATCH_KEY_REUSED" and exchange.in_transit == {(3, 42): Decimal("6")}
