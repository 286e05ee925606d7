"""GraphQL enums of the catalog (they wrap the domain's own enums)."""
from __future__ import annotations

from enum import Enum

import strawberry

from domain.catalog.errors import CatalogErrorCode as _CatalogErrorCode
from domain.catalog.models import CatalogState as _CatalogState
from domain.catalog.models import ErrorPolicy as _ErrorPolicy
from domain.catalog.models import ImportKind as _ImportKind
from domain.catalog.models import ImportState as _ImportState
from domain.catalog.models import ReimbursementClass as _ReimbursementClass

ReimbursementClass = strawberry.enum(_ReimbursementClass, name="ReimbursementClass",
                                     description="医保甲乙类：A 甲类，B 乙类")
CatalogState = strawberry.enum(_CatalogState, name="CatalogState",
                               description="目录版本状态：DRAFT 草稿，SUBMITTED 待审核，FINALISED 已定稿，PUBLISHED 已发布")
ImportState = strawberry.enum(_ImportState, name="ImportState",
                              description="导入任务状态：QUEUED 排队中，RUNNING 处理中，SUCCEEDED 成功，FAILED 失败")
ImportKind = strawberry.enum(_ImportKind, name="ImportKind",
                             description="导入文件类型：CATALOG 医保目录文件（生成目录版本），MASTER_DATA 国家药品分类与代码总表"
                                         "（新增药品编码并更新已有编码的属性，DRUG-07），TRACE_PRODUCTS 药品标识码文件"
                                         "（标识码 → 药品，PUB-19）")
ErrorPolicy = strawberry.enum(_ErrorPolicy, name="ImportErrorPolicy",
                              description="文件有错误行时：REJECT_FILE 整个文件不导入；IMPORT_VALID_ROWS 仅导入正确的行")
CatalogErrorCode = strawberry.enum(_CatalogErrorCode, name="CatalogErrorCode", description="目录业务错误码")


@strawberry.enum(description="目录版本上的操作（工作流转换及编辑）")
class CatalogAction(Enum):
    EDIT = "EDIT"
    DELETE = "DELETE"
    SUBMIT = "SUBMIT"
    WITHDRAW = "WITHDRAW"
    APPROVE = "APPROVE"
    REJECT = "REJECT"
    CANCEL_FINALISATION = "CANCEL_FINALISATION"
    PUBLISH = "PUBLISH"
