"""Inputs of the public drug finder's mutations (each takes one `input:` object)."""
from __future__ import annotations

import strawberry

from schema.common.types import f
from schema.public.types import GeoPointInput, IdentityProvider


@strawberry.input(description="参保人登录")
class InsuredLoginInput:
    provider: IdentityProvider = f("身份来源：WECHAT 微信小程序；DEV 开发与演示环境的设备标识")
    code: str = f("微信小程序 wx.login 返回的 code，或设备标识（DEV）")


@strawberry.input(description="扫码追溯（PUB-19）")
class TraceCodeScanInput:
    code: str = f("扫描或输入的 20 位药品追溯码（空格和连字符会被忽略）")


@strawberry.input(description="一次公众端访问（PUB-27）")
class PublicVisitRecordInput:
    page: str = f("访问的页面（1～64 个字符）")
    at: GeoPointInput | None = f("访问者位置（用户允许定位时）；用于按地区统计", default=None)
