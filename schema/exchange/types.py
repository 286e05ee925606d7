"""GraphQL types of enterprise data exchange (DRUG-14…18, SUP-03, SUP-06, SUP-09), built from the domain's read
models. Nested fields only call loaders."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
import strawberry

from domain.exchange.models import DeliveryStatus as _DeliveryStatus
from domain.exchange.models import RowStatus as _RowStatus
from domain.exchange.models import UploadState as _UploadState
from domain.exchange.models import on_time
from domain.exchange.views import BatchView, DeliveryOrderView, DeliveryStats, OfferView, UploadRowView, UploadView
from schema.common.types import Organisation, f, local
from schema.drugs.types import Drug
from schema.exchange.enums import DeliveryStatus, ListingStatusEnum, RowStatus, UploadState
from schema.relay import Connection, Node, to_global_id


@strawberry.type(description="批发企业的一次报盘（DRUG-15/16）：上传的模板文件、校验状态和逐行结果")
class WholesaleUpload(Node):
    file_name: str = f("文件名（最近一次上传/重传）")
    attempt: int = f("第几次上传：1 为首次，重传一次加 1")
    state: UploadState = f("状态")
    total_rows: int = f("最近一次上传的数据行数")
    succeeded_rows: int = f("最近一次上传中校验成功并已入库的行数")
    failed_rows: int = f("最近一次上传中校验失败（未入库）的行数")
    imported_rows: int = f("历次上传累计入库的行数")
    failure_code: str | None = f("失败代码：NOT_TEMPLATE、EMPTY_FILE、ROWS_FAILED 等")
    failure_message: str | None = f("失败原因")
    created_at: datetime = f("首次上传时间")
    validated_at: datetime | None = f("最近一次校验完成时间")
    _org_id: strawberry.Private[int]

    @strawberry.field(description="批发企业")
    async def organisation(self, info: strawberry.Info) -> Organisation | None:
        o = await info.context.loaders.supply_organisation.load(self._org_id)
        return Organisation.of(o) if o else None

    @classmethod
    def of(cls, u: UploadView) -> WholesaleUpload:
        return cls(id=to_global_id("WholesaleUpload", u.id), file_name=u.file_name, attempt=u.attempt,
                   state=_UploadState(u.state), total_rows=u.total_rows, succeeded_rows=u.succeeded_rows,
                   failed_rows=u.failed_rows, imported_rows=u.imported_rows, failure_code=u.failure_code,
                   failure_message=u.failure_message, created_at=local(u.created_at),
                   validated_at=local(u.validated_at), _org_id=u.organisation_id)


@strawberry.type(description="报盘一行的失败原因")
class UploadRowProblem:
    column: str | None = f("列名")
    code: str = f("原因代码，如 DRUG_NOT_FOUND、NEGATIVE_VALUE、TOO_MANY_DECIMALS、FUTURE_DATE、DUPLICATE_IN_FILE")
    message: str = f("失败原因")


@strawberry.type(description="报盘中的一行及其结果")
class WholesaleUploadRow:
    attempt: int = f("第几次上传")
    row_no: int = f("Excel 行号（表头为第 1 行）")
    drug_code: str | None = f("药品代码（原样）")
    status: RowStatus = f("结果")
    values: strawberry.scalars.JSON = f("该行各列的值（列键 → 文本）")
    problems: list[UploadRowProblem] = f("失败原因；成功时为空")

    @classmethod
    def of(cls, r: UploadRowView) -> WholesaleUploadRow:
        return cls(attempt=r.attempt, row_no=r.row_no, drug_code=r.drug_code, status=_RowStatus(r.status),
                   values=r.values, problems=[UploadRowProblem(column=e.get("column"), code=e["code"],
                                                               message=e["message"]) for e in r.errors or []])


@strawberry.type(description="批发企业配备并可供应的一个药品编码（SUP-06，DRUG-22 批发企业信息）")
class WholesaleOffer:
    stock_qty: Decimal = f("批发企业库存数量（最小包装单位）")
    purchase_price: Decimal | None = f("最新采购价格（元）")
    purchase_date: date | None = f("最新采购日期")
    listing_status: ListingStatusEnum | None = f("挂网状态")
    listing_id: str | None = f("挂网 ID")
    listing_price: Decimal | None = f("最新挂网价格（元）")
    listing_category: str | None = f("挂网类别")
    as_of: date = f("库存日期")
    source: str = f("来源：UPLOAD 报盘，API 接口")
    updated_at: datetime = f("最近更新时间")
    wholesaler: Organisation = f("批发企业")
    _drug_id: strawberry.Private[int]

    @strawberry.field(description="药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @classmethod
    def of(cls, r: OfferView) -> WholesaleOffer:
        return cls(stock_qty=r.stock_qty, purchase_price=r.purchase_price, purchase_date=r.purchase_date,
                   listing_status=ListingStatusEnum(r.listing_status) if r.listing_status else None,
                   listing_id=r.listing_id, listing_price=r.listing_price, listing_category=r.listing_category,
                   as_of=r.as_of, source=r.source, updated_at=local(r.updated_at), _drug_id=r.drug_code_id,
                   wholesaler=Organisation.of(r.wholesaler))


@strawberry.type(description="配送企业的一条订单明细（SUP-09 药品配送明细）：订单号 × 药品编码")
class DeliveryOrder(Node):
    order_no: str = f("订单号")
    ordered_qty: Decimal = f("订货数量")
    delivered_qty: Decimal = f("已配送数量")
    order_date: date = f("订单日期")
    due_date: date | None = f("要求送达日期")
    delivered_date: date | None = f("送达日期")
    status: DeliveryStatus = f("配送状态")
    on_time: bool | None = f("是否按时足量送达（无要求送达日期或尚未到期未送达时为 null）")
    updated_at: datetime = f("最近更新时间")
    _distributor_id: strawberry.Private[int]
    _institution_id: strawberry.Private[int]
    _drug_id: strawberry.Private[int]

    # The order line is visible only to its two parties and the officials of the distributor's area, and each
    # party must see who the other is (a distributor delivers to the institution; the institution ordered from it).
    @strawberry.field(description="配送企业")
    async def distributor(self, info: strawberry.Info) -> Organisation | None:
        o = await info.context.loaders.organisation.load(self._distributor_id)
        return Organisation.of(o) if o else None

    @strawberry.field(description="订货的定点医药机构")
    async def institution(self, info: strawberry.Info) -> Organisation | None:
        o = await info.context.loaders.organisation.load(self._institution_id)
        return Organisation.of(o) if o else None

    @strawberry.field(description="药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @classmethod
    def of(cls, o: DeliveryOrderView, today: date) -> DeliveryOrder:
        return cls(id=to_global_id("DeliveryOrder", o.id), order_no=o.order_no, ordered_qty=o.ordered_qty,
                   delivered_qty=o.delivered_qty, order_date=o.order_date, due_date=o.due_date,
                   delivered_date=o.delivered_date, status=_DeliveryStatus(o.status), on_time=on_time(o, today),
                   updated_at=local(o.updated_at), _distributor_id=o.distributor_id,
                   _institution_id=o.institution_id, _drug_id=o.drug_code_id)


@strawberry.type(description="一个配送企业的配送情况统计（SUP-09）")
class DistributorDeliveryStats:
    distributor: Organisation = f("配送企业")
    orders: int = f("订单数（不同订单号）")
    lines: int = f("订单明细行数")
    delivered_lines: int = f("已送达的明细行数")
    in_transit_lines: int = f("配送中的明细行数")
    cancelled_lines: int = f("已取消的明细行数")
    ordered_qty: Decimal = f("订货数量合计（不含已取消）")
    delivered_qty: Decimal = f("已配送数量合计（不含已取消）")
    delivery_rate: Decimal | None = f("配送率 = 已配送数量 ÷ 订货数量（不含已取消；无订单为 null）")
    due_lines: int = f("已到期的明细行数（有要求送达日期，且已送达或已过期）")
    on_time_lines: int = f("按时足量送达的明细行数")
    on_time_rate: Decimal | None = f("按时送达率 = 按时足量送达行数 ÷ 已到期行数（无到期行为 null）")
    last_order_date: date | None = f("最近订单日期")

    @classmethod
    def of(cls, r: DeliveryStats) -> DistributorDeliveryStats:
        return cls(distributor=Organisation.of(r.distributor), orders=r.orders, lines=r.lines,
                   delivered_lines=r.delivered_lines, in_transit_lines=r.in_transit_lines,
                   cancelled_lines=r.cancelled_lines, ordered_qty=r.ordered_qty, delivered_qty=r.delivered_qty,
                   delivery_rate=r.delivery_rate, due_lines=r.due_lines, on_time_lines=r.on_time_lines,
                   on_time_rate=r.on_time_rate, last_order_date=r.last_order_date)


@strawberry.type(description="一次接口批次（DRUG-17 报盘数据、SUP-03 配送企业同步、SUP-09 配送数据）的结果")
class ExchangeBatch(Node):
    kind: str = f("批次类型：OFFER、DISTRIBUTOR、DELIVERY")
    batch_key: str = f("批次号（同一发送方内唯一；重发同一批次不会重复处理）")
    row_count: int = f("明细行数")
    summary: strawberry.scalars.JSON = f("处理摘要，如 created/updated/unchanged、newOrders/updatedOrders")
    created_at: datetime = f("首次处理时间")
    replayed: bool = f("是否为重发：true 表示该批次此前已处理，本次未做任何修改，返回的是首次结果")

    @classmethod
    def of(cls, b: BatchView, replayed: bool) -> ExchangeBatch:
        return cls(id=to_global_id("ExchangeBatch", b.id), kind=b.kind, batch_key=b.batch_key, row_count=b.row_count,
                   summary=b.summary or {}, created_at=local(b.created_at), replayed=replayed)


WholesaleUploadConnection = Connection[WholesaleUpload]
WholesaleUploadRowConnection = Connection[WholesaleUploadRow]
WholesaleOfferConnection = Connection[WholesaleOffer]
DeliveryOrderConnection = Connection[DeliveryOrder]
DistributorDeliveryStatsConnection = Connection[DistributorDeliveryStats]
