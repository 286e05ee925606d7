"""GraphQL inputs and filters of enterprise data exchange."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry
from strawberry.file_uploads import Upload

from schema.common.types import f
from schema.exchange.enums import DeliveryStatus, ListingStatusEnum


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


@strawberry.input(description="上传填好的 Excel 模板：stockReportUpload 传进销存模板，deliveryReportUpload 传配送订单模板；"
                              "与 stockReport、deliveryReport 相同的校验和导入（任一行有错则整批不导入）")
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
    division_code: str | None = f("区划（含下级）：配送企业或订货机构在其中的配送（配送关系两端）", default=None)
    drug_code: str | None = f("药品代码", default=None)
    order_from: date | None = f("订单日期起", default=None)
    order_to: date | None = f("订单日期止", default=None)


# --- payloads --------------------------------------------------------------------------------
