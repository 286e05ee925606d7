"""GraphQL enums of the drugs domain (they wrap the domain's own enums)."""
from __future__ import annotations

from enum import Enum

import strawberry

from domain.drugs.errors import CatalogErrorCode as _CatalogErrorCode
from domain.drugs.errors import DrugErrorCode as _DrugErrorCode
from domain.drugs.errors import TagErrorCode as _TagErrorCode
from domain.drugs.models import CatalogState as _CatalogState
from domain.drugs.models import DrugType as _DrugType
from domain.drugs.models import ErrorPolicy as _ErrorPolicy
from domain.drugs.models import ImportState as _ImportState
from domain.drugs.models import ReimbursementClass as _ReimbursementClass
from domain.drugs.models import TagTarget as _TagTarget
from domain.drugs.models import TagValueType as _TagValueType
from domain.drugs.repository import DrugSort as _DrugSort

DrugType = strawberry.enum(_DrugType, name="DrugType", description="药品类型：X 西药，Z 中成药")
ReimbursementClass = strawberry.enum(_ReimbursementClass, name="ReimbursementClass",
                                     description="医保甲乙类：A 甲类，B 乙类")
CatalogState = strawberry.enum(_CatalogState, name="CatalogState",
                               description="目录版本状态：DRAFT 草稿，SUBMITTED 待审核，FINALISED 已定稿，PUBLISHED 已发布")
ImportState = strawberry.enum(_ImportState, name="ImportState",
                              description="导入任务状态：QUEUED 排队中，RUNNING 处理中，SUCCEEDED 成功，FAILED 失败")
ErrorPolicy = strawberry.enum(_ErrorPolicy, name="ImportErrorPolicy",
                              description="文件有错误行时：REJECT_FILE 整个文件不导入；IMPORT_VALID_ROWS 仅导入正确的行")
TagValueType = strawberry.enum(_TagValueType, name="TagValueType", description="标签值类型")
TagTarget = strawberry.enum(_TagTarget, name="TagTarget", description="标签适用对象：品种、药品编码或两者")
DrugSort = strawberry.enum(_DrugSort, name="DrugSort", description="药品列表排序（均为稳定排序）")
CatalogErrorCode = strawberry.enum(_CatalogErrorCode, name="CatalogErrorCode", description="目录业务错误码")
TagErrorCode = strawberry.enum(_TagErrorCode, name="TagErrorCode", description="标签业务错误码")
DrugErrorCode = strawberry.enum(_DrugErrorCode, name="DrugErrorCode", description="药品主数据业务错误码")


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
