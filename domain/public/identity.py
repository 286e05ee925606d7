"""Insured persons' identity: providers turn a client's login code into a stable subject.

- WeChat (mini-program): wx.login() gives a one-time code; the server exchanges it at
  {WECHAT_API_BASE}/sns/jscode2session for the user's openid (and unionid when bound). Configured by
  WECHAT_APPID / WECHAT_SECRET; WECHAT_API_BASE points tests at a local fake over HTTP.
- DEV (development, demo, the H5 build on a developer's machine): the code is a device id the client made up.
  Refused unless DEV_IDENTITY is on (off by default in production).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import httpx

from domain.shared.config import Settings
from domain.shared.errors import DomainError


class IdentityError(DomainError):
    code = "IDENTITY_FAILED"


@dataclass(frozen=True, slots=True)
class Identity:
    subject: str
    union_id: str | None = None


class Provider(Protocol):
    async def identify(self, code: str) -> Identity: ...


_DEV_CODE = re.compile(r"^[A-Za-z0-9_-]{6,64}$")


class DevProvider:
    def __init__(self, settings: Settings) -> None:
        self.enabled = settings.dev_identity

    async def identify(self, code: str) -> Identity:
        if not self.enabled:
            raise IdentityError("此环境不支持开发登录", code="PROVIDER_DISABLED", field=["provider"])
        if not _DEV_CODE.match(code or ""):
            raise IdentityError("设备标识应为 6～64 位字母、数字、下划线或连字符", code="INVALID_CODE", field=["code"])
        return Identity(subject=code)


class WeChatProvider:
    # errcode values of jscode2session (WeChat's documentation)
    _INVALID = {40029: "登录凭证无效", 40163: "登录凭证已被使用"}
    _LIMITED = {45011: "登录过于频繁，请稍后再试"}

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.appid = settings.wechat_appid
        self.secret = settings.wechat_secret
        self.base = settings.wechat_api_base
        self.transport = transport

    async def identify(self, code: str) -> Identity:
        if not self.appid or not self.secret:
            raise IdentityError("未配置微信小程序登录（WECHAT_APPID / WECHAT_SECRET）", code="PROVIDER_DISABLED",
                                field=["provider"])
        if not code or len(code) > 128:
            raise IdentityError("登录凭证无效", code="INVALID_CODE", field=["code"])
        params = {"appid": self.appid, "secret": self.secret, "js_code": code, "grant_type": "authorization_code"}
        try:
            async with httpx.AsyncClient(timeout=5.0, transport=self.transport) as client:
                r = await client.get(f"{self.base}/sns/jscode2session", params=params)
            data = r.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise IdentityError("微信登录服务暂不可用，请稍后再试", code="PROVIDER_UNAVAILABLE") from exc
        errcode = int(data.get("errcode") or 0)
        if errcode in self._INVALID:
            raise IdentityError(self._INVALID[errcode], code="INVALID_CODE", field=["code"])
        if errcode in self._LIMITED:
            raise IdentityError(self._LIMITED[errcode], code="PROVIDER_RATE_LIMITED")
        if errcode or r.status_code != 200 or not data.get("openid"):
            raise IdentityError("微信登录服务暂不可用，请稍后再试", code="PROVIDER_UNAVAILABLE",
                                details={"errcode": errcode})
        return Identity(subject=str(data["openid"]), union_id=data.get("unionid"))
