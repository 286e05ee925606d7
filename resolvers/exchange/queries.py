"""Root fields of enterprise data exchange: 报盘 (DRUG-14…18), offers (SUP-06), distributor sync (SUP-03),
deliveries (SUP-09) and the 进销存 Excel upload. Each mutation is one unit of work; DomainError becomes userErrors."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry

from domain.drugs.codes import normalise_code
from domain.drugs.repository import DrugRepository
from domain.shared.commands import parse
from domain.shared.scopes import Scope
from domain.supply.access import OrgAccess
from domain.exchange.files import offer_access
from domain.exchange.commands import LABELS, ReportDeliveries, ReportOffers, SyncDistributors
from domain.exchange.repository import DeliveryCriteria, ExchangeRepository, OfferCriteria
from domain.exchange.service import (DeliveryService, DistributorService, WholesaleService,
                                            report_stock_file)
from domain.supply.service import shanghai_today
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from resolvers.drugs.mutations import _file_bytes
from resolvers.supply.queries import _area_codes
from schema.common.types import Organisation
from schema.drugs.types import DownloadFile
from schema.errors import bad_input
from schema.permissions import needs
from schema.relay import from_global_id, page_request
from schema.exchange import types as x
from schema.supply.types import StockReport

P = TypeVar("P")



def _max_bytes(info: Info) -> int:
    return int(info.context.settings.max_upload_bytes)


def _upload_id(gid: str) -> int:
    return id_arg(gid, "WholesaleUpload", "uploadId") or 0


def _opt_id(info: Info, gid: str | None, kind: str, field: list[str]) -> int | None:
    return from_global_id(gid, kind)[1] if gid else None


@strawberry.type
class SupplyExchangeQueries:
    @strawberry.field(description="本单位的报盘记录（DRUG-16 报盘信息查询），最新在前", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_uploads(self, info: Info, first: int | None = 20, after: str | None = None,
                                offset: int | None = None, state: x.UploadState | None = None
                                ) -> x.WholesaleUploadConnection | None:
        page = await ExchangeRepository(info.context.db).uploads_page(
            OrgAccess.of(info.context.principal), state.value if state else None, page_request(first, after, offset))
        return x.WholesaleUploadConnection.of(page, x.WholesaleUpload.of)

    @strawberry.field(description="按 ID 读取一次报盘（不是本单位的为 null）", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload(self, info: Info, id: strawberry.ID) -> x.WholesaleUpload | None:
        up = await ExchangeRepository(info.context.db).upload(OrgAccess.of(info.context.principal),
                                                              from_global_id(id, "WholesaleUpload")[1])
        return x.WholesaleUpload.of(up) if up else None

    @strawberry.field(description="一次报盘的逐行结果和失败原因（DRUG-16）；默认为最近一次上传的行",
                      extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_rows(self, info: Info, upload_id: strawberry.ID, first: int | None = 20,
                                    after: str | None = None, offset: int | None = None,
                                    status: x.RowStatus | None = None, attempt: int | None = None
                                    ) -> x.WholesaleUploadRowConnection | None:
        request = page_request(first, after, offset)
        repo = ExchangeRepository(info.context.db)
        access = OrgAccess.of(info.context.principal)
        up = await repo.upload(access, from_global_id(upload_id, "WholesaleUpload")[1])
        if up is None:
            return None
        page = await repo.rows_page(access, up.id, attempt or up.attempt, status.value if status else None, request)
        return x.WholesaleUploadRowConnection.of(page, x.WholesaleUploadRow.of)

    @strawberry.field(description="批发企业配备和可供应的药品（SUP-06 药品流通信息查询）：按药品代码、名称、批发企业、"
                                  "区划筛选；定点医药机构看本省（区）的批发企业，医保局看辖区内，批发企业看本单位",
                      extensions=needs(Scope.OFFERS_READ))
    async def wholesale_offers(self, info: Info, first: int | None = 20, after: str | None = None,
                               offset: int | None = None, filter: x.WholesaleOfferFilter | None = None
                               ) -> x.WholesaleOfferConnection | None:
        request = page_request(first, after, offset)
        flt = filter or x.WholesaleOfferFilter()
        if flt.name is not None and len(flt.name) > 64:
            raise bad_input("name 不能超过 64 个字符", "VALUE_TOO_LONG", ["filter", "name"])
        criteria = OfferCriteria(
            drug_code=normalise_code(flt.drug_code)[:23] if flt.drug_code else None, name=flt.name or None,
            wholesaler_id=_opt_id(info, flt.wholesaler_id, "Organisation", ["filter", "wholesalerId"]),
            division_codes=_area_codes(info, flt.division_code, ["filter", "divisionCode"]), in_stock=flt.in_stock)
        access = offer_access(info.context.principal, info.context.tree.subtree)
        page = await ExchangeRepository(info.context.db).offers_page(access, criteria, request)
        return x.WholesaleOfferConnection.of(page, x.WholesaleOffer.of)

    @strawberry.field(description="配送企业配送情况统计（SUP-09）：每个配送企业的订单数、配送率、按时送达率；"
                                  "医保局看辖区内的配送企业，可按订单日期和区划筛选", extensions=needs(Scope.SUPPLY_READ))
    async def distributor_delivery_stats(self, info: Info, first: int | None = 20, after: str | None = None,
                                         offset: int | None = None, filter: x.DeliveryOrderFilter | None = None
                                         ) -> x.DistributorDeliveryStatsConnection | None:
        request = page_request(first, after, offset)
        page = await ExchangeRepository(info.context.db).delivery_stats_page(
            OrgAccess.of(info.context.principal), await _delivery_criteria(info, filter), shanghai_today(), request)
        return x.DistributorDeliveryStatsConnection.of(page, x.DistributorDeliveryStats.of)

    @strawberry.field(description="药品配送明细（SUP-09）：每笔订单每个药品的配送情况，最近报送的在前；医保局看辖区内配送企业的，"
                                  "配送企业看本单位配送的，定点医药机构看本单位订货的", extensions=needs(Scope.ORGANISATIONS_READ))
    async def delivery_orders(self, info: Info, first: int | None = 20, after: str | None = None,
                              offset: int | None = None, filter: x.DeliveryOrderFilter | None = None
                              ) -> x.DeliveryOrderConnection | None:
        request = page_request(first, after, offset)
        page = await ExchangeRepository(info.context.db).orders_page(
            OrgAccess.of(info.context.principal), await _delivery_criteria(info, filter), request)
        today = shanghai_today()
        return x.DeliveryOrderConnection.of(page, lambda o: x.DeliveryOrder.of(o, today))


async def _delivery_criteria(info: Info, flt: x.DeliveryOrderFilter | None) -> DeliveryCriteria:
    if flt is None:
        return DeliveryCriteria()
    drug_id = None
    if flt.drug_code:
        drug = await DrugRepository(info.context.db).get_by_code(normalise_code(flt.drug_code)[:23])
        drug_id = drug.id if drug else -1
    return DeliveryCriteria(
        distributor_id=_opt_id(info, flt.distributor_id, "Organisation", ["filter", "distributorId"]),
        institution_id=_opt_id(info, flt.institution_id, "Organisation", ["filter", "institutionId"]),
        order_no=flt.order_no or None, statuses=tuple(s.value for s in flt.statuses or ()),
        division_codes=_area_codes(info, flt.division_code, ["filter", "divisionCode"]), drug_code_id=drug_id,
        order_from=flt.order_from, order_to=flt.order_to)


def _file(fn: Callable[[Info], Awaitable[Any]], description: str, scope: Scope) -> Any:
    async def resolve(info: Info) -> x.ExchangeFilePayload:
        async def run() -> x.ExchangeFilePayload:
            return x.ExchangeFilePayload(file=DownloadFile.of(await fn(info)), user_errors=[])
        return await mutate(run, x.ExchangeFilePayload, x.ExchangeUserError, file=None)

    return strawberry.mutation(resolver=resolve, description=description, extensions=needs(scope))


@strawberry.type
class SupplyExchangeMutations:
    wholesale_drug_table_export = _file(
        lambda info: WholesaleService(info.context.uow()).drug_table(),
        "下载本批发企业的药品基本信息表（DRUG-14）：所配备药品的主数据及与医保目录药品的关系（.xlsx）", Scope.WHOLESALE_OFFER)
    wholesale_upload_template = _file(
        lambda info: WholesaleService(info.context.uow()).template(),
        "下载药品上传模板（DRUG-15）：固定表头和填写说明（.xlsx）", Scope.WHOLESALE_OFFER)
    stock_report_template = _file(
        lambda info: _stock_template(info), "下载进销存上传模板（.xlsx）：列与 stockReport 的明细行相同", Scope.STOCK_REPORT)
    delivery_report_template = _file(
        lambda info: _delivery_template(info), "下载配送订单上传模板（.xlsx，SUP-09）：列与 deliveryReport 的订单行相同",
        Scope.DELIVERY_REPORT)

    @strawberry.mutation(description="上传填好的配送订单模板（.xlsx，SUP-09）：执行与 deliveryReport 完全相同的校验和导入，"
                                     "全部成功或全部不导入；错误给出 Excel 行号；不填批次号时按文件内容生成（重传同一文件不会重复导入）",
                         extensions=needs(Scope.DELIVERY_REPORT))
    async def delivery_report_upload(self, info: Info, input: x.StockReportUploadInput) -> x.ExchangeBatchPayload:
        async def run() -> x.ExchangeBatchPayload:
            from domain.exchange.service import report_delivery_file

            content = await _file_bytes(input, _max_bytes(info))  # type: ignore[arg-type]
            result = await report_delivery_file(info.context.uow(), input.file_name, content, input.batch_key,
                                                _max_bytes(info))
            return x.ExchangeBatchPayload(batch=x.ExchangeBatch.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, x.ExchangeBatchPayload, x.ExchangeUserError, batch=None)

    @strawberry.mutation(description="上传填好的药品上传模板（报盘，DRUG-15）：保存后由后台逐行校验（DRUG-18），"
                                     "正确的行入库，失败的行给出原因；不是模板的文件立即拒绝",
                         extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_start(self, info: Info, input: x.WholesaleUploadStartInput) -> x.WholesaleUploadPayload:
        async def run() -> x.WholesaleUploadPayload:
            content = await _file_bytes(input, _max_bytes(info))  # type: ignore[arg-type]
            up = await WholesaleService(info.context.uow(), _max_bytes(info)).start(input.file_name, content)
            return x.WholesaleUploadPayload(upload=x.WholesaleUpload.of(up), user_errors=[])
        return await mutate(run, x.WholesaleUploadPayload, x.ExchangeUserError, upload=None)

    @strawberry.mutation(description="重传（DRUG-16）：上传失败报盘中修正后的行（可直接上传导出的失败行文件），"
                                     "报盘回到 UPLOADED 并重新校验", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_resubmit(self, info: Info, input: x.WholesaleUploadResubmitInput
                                        ) -> x.WholesaleUploadPayload:
        async def run() -> x.WholesaleUploadPayload:
            content = await _file_bytes(input, _max_bytes(info))  # type: ignore[arg-type]
            up = await WholesaleService(info.context.uow(), _max_bytes(info)).resubmit(
                _upload_id(input.upload_id), input.file_name, content)
            return x.WholesaleUploadPayload(upload=x.WholesaleUpload.of(up), user_errors=[])
        return await mutate(run, x.WholesaleUploadPayload, x.ExchangeUserError, upload=None)

    @strawberry.mutation(description="导出报盘结果为 Excel（DRUG-16）：模板各列加处理结果和失败原因", 
                         extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_export(self, info: Info, input: x.WholesaleUploadExportInput) -> x.ExchangeFilePayload:
        async def run() -> x.ExchangeFilePayload:
            f = await WholesaleService(info.context.uow()).export(_upload_id(input.upload_id), input.only_failed)
            return x.ExchangeFilePayload(file=DownloadFile.of(f), user_errors=[])
        return await mutate(run, x.ExchangeFilePayload, x.ExchangeUserError, file=None)

    @strawberry.mutation(description="批发企业报盘数据接口（DRUG-17，招采子系统）：与模板相同的校验，整批成功或整批不处理，"
                                     "逐行返回错误；同一批次号重发返回首次结果", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_offer_report(self, info: Info, input: x.WholesaleOfferReportInput) -> x.ExchangeBatchPayload:
        async def run() -> x.ExchangeBatchPayload:
            cmd = parse(ReportOffers, LABELS, batch_key=input.batch_key, enterprise_code=input.enterprise_code, rows=[
                {"drug_code": r.drug_code, "stock_qty": r.stock_qty, "purchase_price": r.purchase_price,
                 "purchase_date": r.purchase_date, "as_of": r.as_of,
                 "listing_status": r.listing_status.value if r.listing_status else None, "listing_id": r.listing_id,
                 "listing_price": r.listing_price, "listing_category": r.listing_category} for r in input.rows])
            result = await WholesaleService(info.context.uow()).report(cmd)
            return x.ExchangeBatchPayload(batch=x.ExchangeBatch.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, x.ExchangeBatchPayload, x.ExchangeUserError, batch=None)

    @strawberry.mutation(description="配送企业信息同步接口（SUP-03）：按统一社会信用代码新增或更新配送企业（校验位、区划须在辖区内），"
                                     "整批成功或整批不处理；同一批次号重发不会重复处理", extensions=needs(Scope.EXCHANGE_SYNC))
    async def distributor_sync(self, info: Info, input: x.DistributorSyncInput) -> x.DistributorSyncPayload:
        async def run() -> x.DistributorSyncPayload:
            cmd = parse(SyncDistributors, LABELS, batch_key=input.batch_key, distributors=[
                {"credit_code": d.credit_code, "name": d.name, "division_code": d.division_code, "address": d.address,
                 "contact_name": d.contact_name, "contact_phone": d.contact_phone} for d in input.distributors])
            result = await DistributorService(info.context.uow()).sync(cmd)
            for o in result.organisations or []:
                info.context.loaders.supply_organisation.clear(o.id)
            return x.DistributorSyncPayload(batch=x.ExchangeBatch.of(result.batch, result.replayed),
                                            distributors=[Organisation.of(o) for o in result.organisations or []],
                                            user_errors=[])
        return await mutate(run, x.DistributorSyncPayload, x.ExchangeUserError, batch=None, distributors=[])

    @strawberry.mutation(description="配送数据接口（SUP-09、SUP-04）：配送企业报送订单配送情况和在途数量，整批成功或整批不处理；"
                                     "同一订单号 + 药品代码再次报送即更新；同一批次号重发返回首次结果",
                         extensions=needs(Scope.DELIVERY_REPORT))
    async def delivery_report(self, info: Info, input: x.DeliveryReportInput) -> x.ExchangeBatchPayload:
        async def run() -> x.ExchangeBatchPayload:
            cmd = parse(ReportDeliveries, LABELS, batch_key=input.batch_key, enterprise_code=input.enterprise_code,
                        orders=[{"order_no": o.order_no, "institution_code": o.institution_code,
                                 "drug_code": o.drug_code, "ordered_qty": o.ordered_qty,
                                 "delivered_qty": o.delivered_qty, "order_date": o.order_date,
                                 "due_date": o.due_date, "delivered_date": o.delivered_date,
                                 "status": o.status.value} for o in input.orders],
                        in_transit=[{"drug_code": t.drug_code, "quantity": t.quantity, "as_of": t.as_of}
                                    for t in input.in_transit])
            result = await DeliveryService(info.context.uow()).report(cmd)
            return x.ExchangeBatchPayload(batch=x.ExchangeBatch.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, x.ExchangeBatchPayload, x.ExchangeUserError, batch=None)

    @strawberry.mutation(description="上传填好的进销存模板（.xlsx）：执行与 stockReport 完全相同的校验和导入，"
                                     "错误给出 Excel 行号；同一文件重传不会重复导入", extensions=needs(Scope.STOCK_REPORT))
    async def stock_report_upload(self, info: Info, input: x.StockReportUploadInput) -> x.StockReportUploadPayload:
        async def run() -> x.StockReportUploadPayload:
            content = await _file_bytes(input, _max_bytes(info))  # type: ignore[arg-type]
            result = await report_stock_file(info.context.uow(), input.file_name, content, input.batch_key,
                                             _max_bytes(info))
            return x.StockReportUploadPayload(report=StockReport.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, x.StockReportUploadPayload, x.ExchangeUserError, report=None)


async def _delivery_template(info: Info) -> Any:
    from domain.exchange.service import delivery_template

    return await delivery_template(info.context.uow())


async def _stock_template(info: Info) -> Any:
    from domain.exchange.service import stock_template

    return await stock_template(info.context.uow())
