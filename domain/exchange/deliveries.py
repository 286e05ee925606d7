"""Distributors' delivery orders and in-transit quantities (SUP-09, SUP-04): the deliveryReport batch and the same
command run on an uploaded delivery template."""
from __future__ import annotations


from datetime import date

from domain.drugs.codes import normalise_code
from domain.shared.sheets import FileError
from domain.exchange.batches import (BATCH, BatchResult, at_line, check_size, new_batch, replay, reporting_org,
                                     require, save_file)
from domain.exchange.commands import LABELS, MAX_BATCH_ROWS, ReportDeliveries
from domain.exchange.errors import ExchangeError
from domain.exchange.errors import ExchangeErrorCode as C
from domain.exchange.files import DELIVERY_COLUMNS, DELIVERY_HINTS, build_template, parse_delivery_file
from domain.shared import offload
from domain.exchange.models import BatchKind
from domain.exchange.repository import ExchangeRepository
from domain.exchange.rules import check_deliveries, content_hash
from domain.exchange.views import BatchView, view_of
from domain.identity.models import OrgSubtype
from domain.shared.commands import parse
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.files import GeneratedFile
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.stock_reports import StockRepository
from domain.shared.config import shanghai_today
from domain.supply.evaluation import EVALUATE_JOB, INCREMENTAL


class DeliveryService:
    """Distributors' delivery orders and in-transit quantities (SUP-09, SUP-04)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def report(self, cmd: ReportDeliveries, today: date | None = None) -> BatchResult:
        """Stores order lines (by order number and drug code, later reports update them) and in-transit quantities,
        all or none; the same batch key again returns the first result."""
        require(self.uow.who, Scope.DELIVERY_REPORT)
        if not cmd.orders and not cmd.in_transit:
            raise ExchangeError("批次中没有订单或在途数据", code=C.EMPTY_BATCH, field=["orders"])
        today = today or shanghai_today()
        digest = content_hash({"o": [o.model_dump() for o in cmd.orders],
                               "t": [t.model_dump() for t in cmd.in_transit]})
        async with self.uow as uow:
            repo = uow.repo(ExchangeRepository)
            org, sender = await reporting_org(uow, repo, cmd.enterprise_code, OrgSubtype.DISTRIBUTOR)
            earlier = await replay(repo, BatchKind.DELIVERY, sender, cmd.batch_key, digest)
            if earlier is not None:
                return BatchResult(earlier, True)
            drug_codes = sorted({normalise_code(x.drug_code) for x in [*cmd.orders, *cmd.in_transit]})
            known = await uow.repo(StockRepository).drug_ids(drug_codes)
            inst_codes = sorted({o.institution_code.strip().upper() for o in cmd.orders})
            institutions = await repo.orgs_by_codes(inst_codes)
            errors = check_deliveries(cmd, today, known, institutions)
            if errors:
                raise ValidationFailed(errors)
            batch = await new_batch(repo, kind=BatchKind.DELIVERY, sender=sender, batch_key=cmd.batch_key,
                                    content_hash=digest, organisation_id=org.id,
                                    row_count=len(cmd.orders) + len(cmd.in_transit), created_by=uow.who.user_id,
                                    summary={})
            new = await repo.upsert_orders([{
                "distributor_id": org.id, "division_code": org.division_code, "order_no": o.order_no,
                "institution_id": institutions[o.institution_code.strip().upper()].id,
                "drug_code_id": known[normalise_code(o.drug_code)], "ordered_qty": o.ordered_qty,
                "delivered_qty": o.delivered_qty, "order_date": o.order_date, "due_date": o.due_date,
                "delivered_date": o.delivered_date, "status": o.status, "batch_id": batch.id} for o in cmd.orders])
            await repo.set_in_transit(org.id, {known[normalise_code(t.drug_code)]: (t.quantity, t.as_of)
                                               for t in cmd.in_transit})
            if cmd.in_transit:
                uow.enqueue(EVALUATE_JOB, INCREMENTAL)
            batch.summary = {"orders": len(cmd.orders), "newOrders": new, "updatedOrders": len(cmd.orders) - new,
                             "inTransit": len(cmd.in_transit)}
            uow.record("delivery.report", BATCH, batch.id, label=cmd.batch_key, division_code=org.division_code,
                       after={"organisation": org.code, **batch.summary})
            await uow.commit()
        return BatchResult(view_of(BatchView, batch), False)


async def report_delivery_file(uow: UnitOfWork, file_name: str, content: bytes, batch_key: str | None,
                               max_bytes: int) -> BatchResult:
    """Reads a delivery template and runs exactly the deliveryReport command on its orders (SUP-09): the same
    checks, all or nothing, idempotent by batch key (an identical file uploaded again is a replay). Row errors name
    the Excel line."""
    require(uow.who, Scope.DELIVERY_REPORT)
    check_size(content, max_bytes)
    try:
        lines, orders = await offload.run(parse_delivery_file, file_name, content, MAX_BATCH_ROWS)
    except FileError as e:
        raise ExchangeError(e.message, code=e.code, field=["file"]) from e
    key = batch_key or "xlsx-" + content_hash(content.hex())[:40]
    try:
        cmd = parse(ReportDeliveries, LABELS, batch_key=key, orders=orders)
        return await DeliveryService(uow).report(cmd)
    except ValidationFailed as e:
        raise ValidationFailed([at_line(x, lines, "orders") for x in e.errors]) from e
    except DomainError as e:
        raise at_line(e, lines, "orders") from e


async def delivery_template(uow: UnitOfWork) -> GeneratedFile:
    """Stores the delivery upload template for download (its columns are the deliveryReport order fields)."""
    require(uow.who, Scope.DELIVERY_REPORT)
    async with uow:
        f = save_file(uow, "配送订单上传模板.xlsx", build_template(DELIVERY_COLUMNS, DELIVERY_HINTS, "配送订单"), 0)
        uow.record("delivery.template", "GeneratedFile", f.key, label=f.file_name, division_code=uow.who.division_code)
        await uow.commit()
    return f
