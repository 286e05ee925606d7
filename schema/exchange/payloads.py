"""GraphQL payloads and the user error of enterprise data exchange's mutations."""
from __future__ import annotations

import strawberry

from schema.common.types import Organisation, f
from schema.common.types import DownloadFile
from schema.errors import UserError
from schema.exchange.enums import ExchangeErrorCode
from schema.exchange.types import ExchangeBatch, WholesaleUpload
from schema.supply.types import StockReport


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
