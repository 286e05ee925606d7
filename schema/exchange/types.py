"""GraphQL types, inputs and payloads of enterprise data exchange (DRUG-14…18, SUP-03, SUP-06, SUP-09, 进销存 upload).
Nested fields only call loaders."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import strawberry
from strawberry.file_uploads import Upload

from domain.exchange.errors import ExchangeErrorCode as _ExchangeErrorCode
from domain.exchange.models import DeliveryStatus as _DeliveryStatus
from domain.exchange.models import ListingStatus as _ListingStatus
from domain.exchange.repository import ORG_COLUMNS
from domain.exchange.models import RowStatus as _RowStatus
from domain.exchange.models import UploadState as _UploadState
from schema.common.types import Organisation, f, local
from schema.drugs.types import DownloadFile, Drug
from schema.errors import UserError
from schema.relay import Connection, Node, to_global_id
from schema.supply.types import StockReport

ExchangeErrorCode = strawberry.enum(_ExchangeErrorCode, name="ExchangeErrorCode",
                                    description="数据交换（报盘、批量接口、配送、Excel 库存上传）错误码")
UploadState = strawberry.enum(_UploadState, name="WholesaleUploadState",
                              description="报盘状态：UPLOADED 已上传待校验，VALIDATING 校验中，SUCCEEDED 全部成功，"
                                          "FAILED 失败（文件错误，或有行校验失败：失败的行未入库，其余行已入库）")
RowStatus = strawberry.enum(_RowStatus, name="WholesaleUploadRowStatus", description="行结果：SUCCEEDED 已入库，FAILED 失败")
DeliveryStatus = strawberry.enum(_DeliveryStatus, name="DeliveryStatus",
                                 description="配送状态：PENDING 待配送，IN_TRANSIT 配送中，DELIVERED 已送达，CANCELLED 已取消")


ListingStatusEnum = strawberry.enum(_ListingStatus, name="ListingStatus",
                                    description="挂网状态：LISTED 已挂网，UNLISTED 未挂网，WITHDRAWN 已撤网")


# --- types -----------------------------------------------------------------------------------

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
    def of(cls, u: Any) -> WholesaleUpload:
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
    def of(cls, r: Any) -> WholesaleUploadRow:
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
    def of(cls, r: Any) -> WholesaleOffer:
        return cls(stock_qty=r.stock_qty, purchase_price=r.purchase_price, purchase_date=r.purchase_date,
                   listing_status=ListingStatusEnum(r.listing_status) if r.listing_status else None,
                   listing_id=r.listing_id, listing_price=r.listing_price, listing_category=r.listing_category,
                   as_of=r.as_of, source=r.source,
                   updated_at=local(r.updated_at), _drug_id=r.drug_code_id,
                   wholesaler=Organisation.of(SimpleNamespace(**{c: getattr(r, f"w_{c}") for c in ORG_COLUMNS})))


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
    def of(cls, o: Any, today: date) -> DeliveryOrder:
        on_time = None
        if o.due_date is not None and o.status != _DeliveryStatus.CANCELLED:
            if o.delivered_date is not None:
                on_time = o.delivered_date <= o.due_date and o.delivered_qty >= o.ordered_qty
            elif o.due_date < today:
                on_time = False
        return cls(id=to_global_id("DeliveryOrder", o.id), order_no=o.order_no, ordered_qty=o.ordered_qty,
                   delivered_qty=o.delivered_qty, order_date=o.order_date, due_date=o.due_date,
                   delivered_date=o.delivered_date, status=_DeliveryStatus(o.status), on_time=on_time,
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
    def of(cls, r: Any) -> DistributorDeliveryStats:
        ordered, delivered = Decimal(r.ordered_qty or 0), Decimal(r.delivered_qty or 0)
        due, on_time = int(r.due_lines or 0), int(r.on_time_lines or 0)
        q = Decimal("0.0001")
        return cls(distributor=Organisation.of(r), orders=int(r.orders or 0), lines=int(r.lines or 0),
                   delivered_lines=int(r.delivered_lines or 0), in_transit_lines=int(r.in_transit_lines or 0),
                   cancelled_lines=int(r.cancelled_lines or 0), ordered_qty=ordered, delivered_qty=delivered,
                   delivery_rate=(delivered / ordered).quantize(q) if ordered > 0 else None, due_lines=due,
                   on_time_lines=on_time, on_time_rate=(Decimal(on_time) / due).quantize(q) if due else None,
                   last_order_date=r.last_order_date)


@strawberry.type(description="一次接口批次（DRUG-17 报盘数据、SUP-03 配送企业同步、SUP-09 配送数据）的结果")
class ExchangeBatch(Node):
    kind: str = f("批次类型：OFFER、DISTRIBUTOR、DELIVERY")
    batch_key: str = f("批次号（同一发送方内唯一；重发同一批次不会重复处理）")
    row_count: int = f("明细行数")
    summary: strawberry.scalars.JSON = f("处理摘要，如 created/updated/unchanged、newOrders/updatedOrders")
    created_at: datetime = f("首次处理时间")
    replayed: bool = f("是否为重发：true 表示该批次此前已处理，本次未做任何修改，返回的是首次结果")

    @classmethod
    def of(cls, b: Any, replayed: bool) -> ExchangeBatch:
        return cls(id=to_global_id("ExchangeBatch", b.id), kind=b.kind, batch_key=b.batch_key, row_count=b.row_count,
                   summary=b.summary or {}, created_at=local(b.created_at), replayed=replayed)


WholesaleUploadConnection = Connection[WholesaleUpload]
WholesaleUploadRowConnection = Connection[WholesaleUploadRow]
WholesaleOfferConnection = Connection[WholesaleOffer]
DeliveryOrderConnection = Connection[DeliveryOrder]
DistributorDeliveryStatsConnection = Connection[DistributorDeliveryStats]


# --- inputs ----------------------------------------------------------------------------------

@strawberry.input(description="上传填好的药品上传模板（报盘，DRUG-15）")
class WholesaleUploadStartInput:
    file: Upload | None = f("文件（multipart 上传，.xlsx）", default=None)
    file_base64: str | None = f("文件内容的 Base64 编码（不便使用 multipart 的客户端）", default=None)
    file_name: str = f("文件名")


@strawberry.input(description="重传失败报盘中修正后的行（DRUG-16）：可直接上传导出的失败行文件")
class WholesaleUploadResubmitInput:
    upload_id: strawberry.ID = f("失败的报盘")
    file: Upload | None = f("文件（multipart 上传，.xlsx）", default=None)
    file_base64: str | None = f("文件内容的 Base64 编码", default=None)
    file_name: str = f("文件名")


@strawberry.input(description="导出报盘结果")
class WholesaleUploadExportInput:
    upload_id: strawberry.ID = f("报盘")
    only_failed: bool = f("只导出失败的行（便于修正后重传）", default=False)


@strawberry.input(description="一行报盘数据（与模板各列相同）")
class WholesaleOfferRowInput:
    drug_code: str = f("23 位国家医保药品代码，须在药品主数据中")
    stock_qty: Decimal = f("库存数量（≥ 0，最多 3 位小数）")
    purchase_price: Decimal = f("最新采购价格（元，≥ 0，最多 2 位小数）")
    purchase_date: date | None = f("最新采购日期（不得晚于今天）", default=None)
    as_of: date = f("库存日期（不得晚于今天）")
    listing_status: ListingStatusEnum | None = f("挂网状态", default=None)
    listing_id: str | None = f("挂网 ID", default=None)
    listing_price: Decimal | None = f("最新挂网价格（元，≥ 0，最多 2 位小数）", default=None)
    listing_category: str | None = f("挂网类别，如 集中带量采购、挂网采购（最多 32 字）", default=None)


@strawberry.input(description="批发企业报盘数据批次（DRUG-17 招采子系统接口）：任一行有错则整批不处理；同一批次号重发返回首次结果")
class WholesaleOfferReportInput:
    batch_key: str = f("批次号：由发送方生成，同一发送方内唯一")
    enterprise_code: str | None = f("批发企业的统一社会信用代码（接口账号必填；企业账号只能是本单位）", default=None)
    rows: list[WholesaleOfferRowInput] = f("明细行（最多 500 行）")


@strawberry.input(description="一个配送企业的信息（SUP-03）")
class DistributorSyncItemInput:
    credit_code: str = f("统一社会信用代码（18 位，含校验位）：配送企业的唯一标识")
    name: str = f("名称")
    division_code: str = f("所在区划代码（6 位，须在本账号辖区内）")
    address: str | None = f("地址", default=None)
    contact_name: str | None = f("联系人", default=None)
    contact_phone: str | None = f("联系电话", default=None)


@strawberry.input(description="配送企业信息同步批次（SUP-03）：按统一社会信用代码新增或更新；任一行有错则整批不处理")
class DistributorSyncInput:
    batch_key: str = f("批次号：同一账号内唯一（重发不会重复处理）")
    distributors: list[DistributorSyncItemInput] = f("配送企业（最多 100 个）")


@strawberry.input(description="一条订单明细的配送情况")
class DeliveryOrderInput:
    order_no: str = f("订单号（同一订单号 + 药品代码再次报送即更新）")
    institution_code: str = f("订货的定点医药机构编码（H/P + 6 位区划 + 5 位顺序号）")
    drug_code: str = f("药品代码")
    ordered_qty: Decimal = f("订货数量（> 0）")
    delivered_qty: Decimal = f("已配送数量（0 ≤ 已配送 ≤ 订货）", default=Decimal(0))
    order_date: date = f("订单日期（不得晚于今天）")
    due_date: date | None = f("要求送达日期", default=None)
    delivered_date: date | None = f("送达日期（已送达必填）", default=None)
    status: DeliveryStatus = f("配送状态")


@strawberry.input(description="一个药品编码的在途数量")
class InTransitInput:
    drug_code: str = f("药品代码")
    quantity: Decimal = f("在途数量（≥ 0）")
    as_of: date = f("日期（不得晚于今天）")


@strawberry.input(description="配送数据批次（SUP-09、SUP-04 在途）：任一行有错则整批不处理；同一批次号重发返回首次结果")
class DeliveryReportInput:
    batch_key: str = f("批次号")
    enterprise_code: str | None = f("配送企业的统一社会信用代码（接口账号必填）", default=None)
    orders: list[DeliveryOrderInput] = f("订单明细（最多 500 行）", default_factory=list)
    in_transit: list[InTransitInput] = f("在途数量（最多 500 行）", default_factory=list)


@strawberry.input(description="上传填好的进销存模板：与 stockReport 相同的校验和导入（任一行有错则整批不导入）")
class StockReportUploadInput:
    file: Upload | None = f("文件（multipart 上传，.xlsx）", default=None)
    file_base64: str | None = f("文件内容的 Base64 编码", default=None)
    file_name: str = f("文件名")
    batch_key: str | None = f("批次号；不填时按文件内容生成（重传同一文件不会重复导入）", default=None)


@strawberry.input(description="批发企业报盘数据筛选（SUP-06）")
class WholesaleOfferFilter:
    drug_code: str | None = f("药品代码或其前缀", default=None)
    name: str | None = f("药品名称（通用名、商品名或注册名称）包含", default=None)
    wholesaler_id: strawberry.ID | None = f("批发企业", default=None)
    division_code: str | None = f("批发企业所在区划（含下级）", default=None)
    in_stock: bool = f("只看有库存的", default=False)


@strawberry.input(description="配送明细筛选（SUP-09）")
class DeliveryOrderFilter:
    distributor_id: strawberry.ID | None = f("配送企业", default=None)
    institution_id: strawberry.ID | None = f("订货机构", default=None)
    order_no: str | None = f("订单号", default=None)
    statuses: list[DeliveryStatus] | None = f("配送状态", default=None)
    division_code: str | None = f("配送企业所在区划（含下级）", default=None)
    drug_code: str | None = f("药品代码", default=None)
    order_from: date | None = f("订单日期起", default=None)
    order_to: date | None = f("订单日期止", default=None)


# --- payloads --------------------------------------------------------------------------------

@strawberry.type(description="数据交换错误：批次中的行错误给出行序号（从 0 开始）和 Excel 行号")
class ExchangeUserError(UserError):
    code: ExchangeErrorCode = f("错误码")
    row: int | None = f("出错的明细行序号（从 0 开始，与输入列表下标一致）；整批错误为 null")
    line: int | None = f("Excel 上传时出错的文件行号（表头为第 1 行）")


@strawberry.type(description="文件下载（模板、药品基本信息表、报盘结果）")
class ExchangeFilePayload:
    file: DownloadFile | None = f("生成的文件；失败时为 null")
    user_errors: list[ExchangeUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="报盘上传或重传的结果")
class WholesaleUploadPayload:
    upload: WholesaleUpload | None = f("报盘（状态 UPLOADED，校验在后台进行）；失败时为 null，且未保存任何数据")
    user_errors: list[ExchangeUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="接口批次的结果")
class ExchangeBatchPayload:
    batch: ExchangeBatch | None = f("批次结果；有任何错误时为 null 且未处理任何数据")
    user_errors: list[ExchangeUserError] = f("逐行错误；为空表示成功")


@strawberry.type(description="配送企业同步结果")
class DistributorSyncPayload:
    batch: ExchangeBatch | None = f("批次结果（summary 含 created/updated/unchanged）；有错误时为 null")
    distributors: list[Organisation] = f("本批次同步后的配送企业（重发时为空）")
    user_errors: list[ExchangeUserError] = f("逐行错误；为空表示成功")


@strawberry.type(description="Excel 进销存上传结果")
class StockReportUploadPayload:
    report: StockReport | None = f("导入结果；有任何错误时为 null 且未导入任何数据")
    user_errors: list[ExchangeUserError] = f("逐行错误（含 Excel 行号）；为空表示成功")
