"""GraphQL enums of drug master data and tags (they wrap the domain's own enums)."""
from __future__ import annotations

import strawberry

from domain.drugs.criteria import DrugSort as _DrugSort
from domain.drugs.errors import DrugErrorCode as _DrugErrorCode
from domain.drugs.errors import TagErrorCode as _TagErrorCode
from domain.drugs.models import DrugType as _DrugType
from domain.drugs.models import TagTarget as _TagTarget
from domain.drugs.models import TagValueType as _TagValueType

DrugType = strawberry.enum(_DrugType, name="DrugType", description="药品类型：X 西药，Z 中成药")
TagValueType = strawberry.enum(_TagValueType, name="TagValueType", description="标签值类型")
TagTarget = strawberry.enum(_TagTarget, name="TagTarget", description="标签适用对象：品种、药品编码或两者")
DrugSort = strawberry.enum(_DrugSort, name="DrugSort", description="药品列表排序（均为稳定排序）")
TagErrorCode = strawberry.enum(_TagErrorCode, name="TagErrorCode", description="标签业务错误码")
DrugErrorCode = strawberry.enum(_DrugErrorCode, name="DrugErrorCode", description="药品主数据业务错误码")
