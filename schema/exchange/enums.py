"""GraphQL enums of enterprise data exchange (the domain's enums under their schema names)."""
from __future__ import annotations

import strawberry

from domain.exchange.errors import ExchangeErrorCode as _ExchangeErrorCode
from domain.exchange.models import DeliveryStatus as _DeliveryStatus
from domain.exchange.models import ListingStatus as _ListingStatus
from domain.exchange.models import RowStatus as _RowStatus
from domain.exchange.models import UploadState as _UploadState

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
