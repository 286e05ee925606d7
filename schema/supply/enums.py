"""GraphQL enums of the supply domain (they wrap the domain's own enums)."""
from __future__ import annotations

import strawberry

from domain.supply.criteria import StockingGroupBy as _StockingGroupBy
from domain.supply.criteria import WarningGroupBy as _WarningGroupBy
from domain.supply.errors import SupplyErrorCode as _SupplyErrorCode
from domain.supply.models import RuleLevel as _RuleLevel
from domain.supply.models import RuleMetric as _RuleMetric
from domain.supply.models import WarningState as _WarningState

SupplyErrorCode = strawberry.enum(_SupplyErrorCode, name="SupplyErrorCode", description="供应业务错误码")
RuleLevel = strawberry.enum(_RuleLevel, name="WarningRuleLevel", description="预警等级：RED 红色，ORANGE 橙色，YELLOW 黄色")
RuleMetric = strawberry.enum(_RuleMetric, name="WarningRuleMetric",
                             description="预警指标：DAYS_OF_STOCK 可供天数（库存 ÷ 近 N 天日均销量），"
                                         "LOW_COVERAGE 目录药品在区县内配备机构数不足")
WarningState = strawberry.enum(_WarningState, name="WarningState",
                               description="预警状态：IDENTIFIED 已识别，ALERTED 已告警，IN_INQUIRY 问询中，CLOSED 已解除")
StockingGroupBy = strawberry.enum(_StockingGroupBy, name="StockingGroupBy",
                                  description="配备统计分组：TOTAL 全辖区合计，PREFECTURE 按市州，COUNTY 按区县，"
                                              "SUBTYPE 按供应主体类型，OWNERSHIP 按公立/民营，HOSPITAL_LEVEL 按医院等级")
WarningGroupBy = strawberry.enum(_WarningGroupBy, name="WarningGroupBy",
                                 description="预警计数分组：RULE 按规则，SUBTYPE 按供应主体类型（区县级预警为 COUNTY），"
                                             "STATE 按状态，LEVEL 按等级，ORGANISATION 按供应主体，COUNTY 按区县")
