"""Root mutations of enterprise data exchange: 报盘 (DRUG-14…17), distributor sync (SUP-03), deliveries (SUP-09) and
the 进销存 Excel upload (SUP-04). Each mutation is one unit of work; a DomainError becomes userErrors."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry

from domain.exchange.commands import LABELS, ReportDeliveries, ReportOffers, SyncDistributors
from domain.exchange.deliveries import DeliveryService, delivery_template, report_delivery_file
from domain.exchange.distributors import DistributorService
from domain.exchange.offers import WholesaleService
from domain.exchange.stock_files import report_stock_file, stock_template
from domain.shared.commands import parse
from domain.shared.scopes import Scope
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from resolvers.common.uploads import upload_bytes
from schema.common.types import Organisation
from schema.common.types import DownloadFile
from schema.exchange import inputs as i
from schema.exchange import payloads as p
from schema.exchange.types import ExchangeBatch, WholesaleUpload
from schema.permissions import needs
from schema.supply.types import StockReport


def _max_bytes(info: Info) -> int:
    return int(info.context.settings.max_upload_bytes)


def _upload_id(gid: str) -> int:
    return id_arg(gid, "WholesaleUpload", "uploadId") or 0


def _file(fn: Callable[[Info], Awaitable[Any]], description: str, scope: Scope) -> Any:
    async def resolve(info: Info) -> p.ExchangeFilePayload:
        async def run() -> p.ExchangeFilePayload:
            return p.ExchangeFilePayload(file=DownloadFile.of(await fn(info)), user_errors=[])
        return await mutate(run, p.ExchangeFilePayload, p.ExchangeUserError, file=None)

    return strawberry.mutation(resolver=resolve, description=description, extensions=needs(scope))


@strawberry.type
class ExchangeMutations:
    wholesale_drug_table_export = _file(
        lambda info: WholesaleService(info.context.uow()).drug_table(),
        "下载本批发企业的药品基本信息表（DRUG-14）：所配备药品的主数据及与医保目录药品的关系（.xlsx）", Scope.WHOLESALE_OFFER)
    wholesale_upload_template_export = _file(
        lambda info: WholesaleService(info.context.uow()).template(),
        "下载药品上传模板（DRUG-15）：固定表头和填写说明（.xlsx）", Scope.WHOLESALE_OFFER)
    stock_report_template_export = _file(
        lambda info: stock_template(info.context.uow()),
        "下载进销存上传模板（.xlsx）：列与 stockReport 的明细行相同", Scope.STOCK_REPORT)
    delivery_report_template_export = _file(
        lambda info: delivery_template(info.context.uow()),
        "下载配送订单上传模板（.xlsx，SUP-09）：列与 deliveryReport 的订单行相同", Scope.DELIVERY_REPORT)

    @strawberry.mutation(description="上传填好的配送订单模板（.xlsx，SUP-09）：执行与 deliveryReport 完全相同的校验和导入，"
                                     "全部成功或全部不导入；错误给出 Excel 行号；不填批次号时按文件内容生成（重传同一文件不会重复导入）",
                         extensions=needs(Scope.DELIVERY_REPORT))
    async def delivery_report_upload(self, info: Info, input: i.StockReportUploadInput) -> p.ExchangeBatchPayload:
        async def run() -> p.ExchangeBatchPayload:
            content = await upload_bytes(input, _max_bytes(info))
            result = await report_delivery_file(info.context.uow(), input.file_name, content, input.batch_key,
                                                _max_bytes(info))
            return p.ExchangeBatchPayload(batch=ExchangeBatch.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, p.ExchangeBatchPayload, p.ExchangeUserError, batch=None)

    @strawberry.mutation(description="上传填好的药品上传模板（报盘，DRUG-15）：保存后由后台逐行校验（DRUG-18），"
                                     "正确的行入库，失败的行给出原因；不是模板的文件立即拒绝",
                         extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_start(self, info: Info, input: i.WholesaleUploadStartInput) -> p.WholesaleUploadPayload:
        async def run() -> p.WholesaleUploadPayload:
            content = await upload_bytes(input, _max_bytes(info))
            up = await WholesaleService(info.context.uow(), _max_bytes(info)).start(input.file_name, content)
            return p.WholesaleUploadPayload(upload=WholesaleUpload.of(up), user_errors=[])
        return await mutate(run, p.WholesaleUploadPayload, p.ExchangeUserError, upload=None)

    @strawberry.mutation(description="重传（DRUG-16）：上传失败报盘中修正后的行（可直接上传导出的失败行文件），"
                                     "报盘回到 UPLOADED 并重新校验", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_resubmit(self, info: Info, input: i.WholesaleUploadResubmitInput
                                        ) -> p.WholesaleUploadPayload:
        async def run() -> p.WholesaleUploadPayload:
            content = await upload_bytes(input, _max_bytes(info))
            up = await WholesaleService(info.context.uow(), _max_bytes(info)).resubmit(
                _upload_id(input.upload_id), input.file_name, content)
            return p.WholesaleUploadPayload(upload=WholesaleUpload.of(up), user_errors=[])
        return await mutate(run, p.WholesaleUploadPayload, p.ExchangeUserError, upload=None)

    @strawberry.mutation(description="导出报盘结果为 Excel（DRUG-16）：模板各列加处理结果和失败原因",
                         extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_upload_export(self, info: Info, input: i.WholesaleUploadExportInput) -> p.ExchangeFilePayload:
        async def run() -> p.ExchangeFilePayload:
            f = await WholesaleService(info.context.uow()).export(_upload_id(input.upload_id), input.only_failed)
            return p.ExchangeFilePayload(file=DownloadFile.of(f), user_errors=[])
        return await mutate(run, p.ExchangeFilePayload, p.ExchangeUserError, file=None)

    @strawberry.mutation(description="批发企业报盘数据接口（DRUG-17，招采子系统）：与模板相同的校验，整批成功或整批不处理，"
                                     "逐行返回错误；同一批次号重发返回首次结果", extensions=needs(Scope.WHOLESALE_OFFER))
    async def wholesale_offer_report(self, info: Info, input: i.WholesaleOfferReportInput) -> p.ExchangeBatchPayload:
        async def run() -> p.ExchangeBatchPayload:
            cmd = parse(ReportOffers, LABELS, batch_key=input.batch_key, enterprise_code=input.enterprise_code, rows=[
                {"drug_code": r.drug_code, "stock_qty": r.stock_qty, "purchase_price": r.purchase_price,
                 "purchase_date": r.purchase_date, "as_of": r.as_of,
                 "listing_status": r.listing_status.value if r.listing_status else None, "listing_id": r.listing_id,
                 "listing_price": r.listing_price, "listing_category": r.listing_category} for r in input.rows])
            result = await WholesaleService(info.context.uow()).report(cmd)
            return p.ExchangeBatchPayload(batch=ExchangeBatch.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, p.ExchangeBatchPayload, p.ExchangeUserError, batch=None)

    @strawberry.mutation(description="配送企业信息同步接口（SUP-03）：按统一社会信用代码新增或更新配送企业（校验位、区划须在辖区内），"
                                     "整批成功或整批不处理；同一批次号重发不会重复处理", extensions=needs(Scope.EXCHANGE_SYNC))
    async def distributor_sync(self, info: Info, input: i.DistributorSyncInput) -> p.DistributorSyncPayload:
        async def run() -> p.DistributorSyncPayload:
            cmd = parse(SyncDistributors, LABELS, batch_key=input.batch_key, distributors=[
                {"credit_code": d.credit_code, "name": d.name, "division_code": d.division_code, "address": d.address,
                 "contact_name": d.contact_name, "contact_phone": d.contact_phone} for d in input.distributors])
            result = await DistributorService(info.context.uow()).sync(cmd)
            for o in result.organisations:
                info.context.loaders.supply_organisation.clear(o.id)
            return p.DistributorSyncPayload(batch=ExchangeBatch.of(result.batch, result.replayed),
                                            distributors=[Organisation.of(o) for o in result.organisations],
                                            user_errors=[])
        return await mutate(run, p.DistributorSyncPayload, p.ExchangeUserError, batch=None, distributors=[])

    @strawberry.mutation(description="配送数据接口（SUP-09、SUP-04）：配送企业报送订单配送情况和在途数量，整批成功或整批不处理；"
                                     "同一订单号 + 药品代码再次报送即更新；同一批次号重发返回首次结果",
                         extensions=needs(Scope.DELIVERY_REPORT))
    async def delivery_report(self, info: Info, input: i.DeliveryReportInput) -> p.ExchangeBatchPayload:
        async def run() -> p.ExchangeBatchPayload:
            cmd = parse(ReportDeliveries, LABELS, batch_key=input.batch_key, enterprise_code=input.enterprise_code,
                        orders=[{"order_no": o.order_no, "institution_code": o.institution_code,
                                 "drug_code": o.drug_code, "ordered_qty": o.ordered_qty,
                                 "delivered_qty": o.delivered_qty, "order_date": o.order_date,
                                 "due_date": o.due_date, "delivered_date": o.delivered_date,
                                 "status": o.status.value} for o in input.orders],
                        in_transit=[{"drug_code": t.drug_code, "quantity": t.quantity, "as_of": t.as_of}
                                    for t in input.in_transit])
            result = await DeliveryService(info.context.uow()).report(cmd)
            return p.ExchangeBatchPayload(batch=ExchangeBatch.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, p.ExchangeBatchPayload, p.ExchangeUserError, batch=None)

    @strawberry.mutation(description="上传填好的进销存模板（.xlsx）：执行与 stockReport 完全相同的校验和导入，"
                                     "错误给出 Excel 行号；同一文件重传不会重复导入", extensions=needs(Scope.STOCK_REPORT))
    async def stock_report_upload(self, info: Info, input: i.StockReportUploadInput) -> p.StockReportUploadPayload:
        async def run() -> p.StockReportUploadPayload:
            content = await upload_bytes(input, _max_bytes(info))
            result = await report_stock_file(info.context.uow(), input.file_name, content, input.batch_key,
                                             _max_bytes(info))
            return p.StockReportUploadPayload(report=StockReport.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, p.StockReportUploadPayload, p.ExchangeUserError, report=None)

