"""Enums of public engagement as GraphQL enums."""
from __future__ import annotations

from enum import StrEnum

import strawberry

from domain.engagement.criteria import FeedbackGroupBy as _FeedbackGroupBy
from domain.engagement.criteria import NeedGroupBy as _NeedGroupBy
from domain.engagement.errors import EngagementErrorCode as _Code
from domain.engagement.models import FeedbackState as _FeedbackState
from domain.engagement.models import NeedState as _NeedState
from domain.engagement.models import ProblemType as _ProblemType

EngagementErrorCode = strawberry.enum(_Code, name="EngagementErrorCode", description="公众服务业务错误码")
PublicProblemType = strawberry.enum(_ProblemType, name="PublicProblemType", description=(
    "问题类型：NOT_IN_STOCK 没有在店内买到药品，LOCATION_INACCURATE 定位距离不准确，NAVIGATION 导航问题，"
    "SERVICE 服务问题，OTHER 其他（须填写描述）"))
PublicFeedbackState = strawberry.enum(_FeedbackState, name="PublicFeedbackState", description=(
    "反馈状态：SUBMITTED 待受理，IN_HANDLING 处理中，HANDLED 已办结"))
PurchaseNeedState = strawberry.enum(_NeedState, name="PurchaseNeedState", description=(
    "购药需求状态：SUBMITTED 待分析，ANALYSED 已分析"))


@strawberry.enum(description="群众反馈的处理操作")
class PublicFeedbackAction(StrEnum):
    START = "start"
    RESOLVE = "resolve"


PublicFeedbackGroupBy = strawberry.enum(_FeedbackGroupBy, name="PublicFeedbackGroupBy", description="群众反馈的统计维度")
PurchaseNeedGroupBy = strawberry.enum(_NeedGroupBy, name="PurchaseNeedGroupBy", description="购药需求的统计维度（IND-33）")


@strawberry.enum(description="坐标系：WGS84（GPS、H5 定位）或 GCJ02（国测局坐标，微信、高德、腾讯地图）")
class CoordinateDatum(StrEnum):
    WGS84 = "WGS84"
    GCJ02 = "GCJ02"


@strawberry.enum(description="可查看原文的自由文本字段（其中的手机、电话、身份证、银行卡号平时脱敏显示）")
class PersonalTextField(StrEnum):
    NOTE = "note"                    # 购药需求的备注
    ANALYSIS_NOTE = "analysis_note"  # 购药需求的分析意见
    DESCRIPTION = "description"      # 群众反馈的问题描述
    HANDLING_NOTE = "handling_note"  # 群众反馈的处理意见
    COMMENT = "comment"              # 机构评价的评价内容
