"""Sign-in and session refresh."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from domain.identity import tokens
from domain.identity.passwords import verify_password
from domain.identity.repository import IdentityRepository
from domain.identity.views import OrganisationView
from domain.shared.config import Settings
from domain.shared.errors import DomainError
from domain.shared.principal import Principal
from domain.shared.uow import UnitOfWork


class AuthError(DomainError):
    code = "INVALID_CREDENTIALS"


@dataclass(frozen=True)
class Session:
    token: str
    expires_at: datetime
    who: Principal  # the signed-in account as its token describes it (no area: that comes with each request)


def _claims(user: Any, org: OrganisationView) -> tokens.TokenClaims:
    """Token claims of an account (the locked entity at sign-in, its read model on refresh)."""
    return tokens.TokenClaims(
        user_id=user.id, username=user.username, display_name=user.display_name, role=user.role_enum,
        posts=user.post_set, scopes=user.scopes, org_id=org.id, division_code=org.division_code, expires_at=0,
        token_version=user.token_version)


def _session(claims: tokens.TokenClaims, settings: Settings) -> Session:
    token, exp = tokens.issue(claims, settings.jwt_secret, settings.token_ttl_minutes * 60)
    who = Principal(user_id=claims.user_id, username=claims.username, display_name=claims.display_name,
                    role=claims.role, posts=claims.posts, scopes=claims.scopes, org_id=claims.org_id,
                    division_code=claims.division_code, token_version=claims.token_version)
    return Session(token=token, expires_at=datetime.fromtimestamp(exp, timezone.utc), who=who)


class IdentityService:
    def __init__(self, uow: UnitOfWork, settings: Settings) -> None:
        self.uow = uow
        self.settings = settings

    async def login(self, username: str, password: str) -> Session:
        """Checks the password and issues a token; counts failures and locks the account after too many."""
        username = (username or "").strip().lower()
        if not username or not password:
            raise AuthError("请输入用户名和密码", code="MISSING_CREDENTIALS",
                            field=["username" if not username else "password"])
        if len(username) > 64 or len(password) > 256:
            raise AuthError("用户名或密码错误")
        async with self.uow as uow:
            repo = uow.repo(IdentityRepository)
            user = await repo.user_by_username_for_update(username)
            # argon2 costs ~50 ms of CPU: keep it off the event loop. An unknown username is checked against a
            # dummy hash, so it costs the same as a known one.
            ok = await asyncio.to_thread(verify_password, user.password_hash if user else None, password)
            now = datetime.now(timezone.utc)
            if user is None:
                raise AuthError("用户名或密码错误")
            who = Principal.system(user.username)
            (org,) = await repo.organisations_by_ids([user.organisation_id])
            assert org is not None
            locked = bool(user.locked_until and user.locked_until > now)
            if not ok:
                # One answer for every failed sign-in (unknown, disabled, locked, wrong password): whether an
                # account exists or is locked is told only to whoever knows its password. Failures count during a
                # lock too and renew it, so a lock never leaves room for more than N guesses per lock period.
                if user.active:
                    user.failed_logins += 1
                    if user.failed_logins >= self.settings.login_max_failures:
                        user.locked_until = now + timedelta(minutes=self.settings.login_lock_minutes)
                        user.failed_logins = 0
                        locked = True
                uow.audit.record(who, "auth.login_failed", "User", user.id, label=user.username,
                                 division_code=org.division_code, after={"locked": locked, "active": user.active})
                await uow.commit()
                raise AuthError("用户名或密码错误")
            if not user.active:
                raise AuthError("账号已停用，请联系管理员", code="ACCOUNT_DISABLED")
            if locked:
                raise AuthError("密码错误次数过多，账号已临时锁定，请稍后再试", code="ACCOUNT_LOCKED",
                                details={"lockedUntil": user.locked_until.isoformat()})
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            uow.audit.record(who, "auth.login", "User", user.id, label=user.username, division_code=org.division_code)
            await uow.commit()
        return _session(_claims(user, org), self.settings)

    async def refresh(self, who: Principal) -> Session:
        """Issues a fresh token for a still-valid session, re-reading the account (a disabled user is refused)."""
        async with self.uow as uow:
            repo = uow.repo(IdentityRepository)
            (user,) = await repo.users_by_ids([who.user_id]) if who.user_id is not None else (None,)
            # A token issued before the account changed (deactivated, password, role, posts) never refreshes.
            if user is None or not user.active or user.token_version != who.token_version:
                raise AuthError("会话已失效，请重新登录", code="SESSION_INVALID")
            (org,) = await repo.organisations_by_ids([user.organisation_id])
            assert org is not None
        return _session(_claims(user, org), self.settings)
