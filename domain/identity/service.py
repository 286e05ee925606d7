"""Sign-in and session refresh."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from domain.identity import tokens
from domain.identity.models import Organisation, User
from domain.identity.passwords import verify_password
from domain.identity.repository import IdentityRepository
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
    user: User
    organisation: Organisation


def _claims(user: User, org: Organisation) -> tokens.TokenClaims:
    return tokens.TokenClaims(
        user_id=user.id, username=user.username, display_name=user.display_name, role=user.role_enum,
        posts=user.post_set, scopes=user.scopes, org_id=org.id, division_code=org.division_code, expires_at=0)


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
            repo = IdentityRepository(uow.session)
            user = await repo.user_by_username(username, for_update=True)
            # argon2 costs ~50 ms of CPU: keep it off the event loop.
            ok = await asyncio.to_thread(verify_password, user.password_hash if user else None, password)
            now = datetime.now(timezone.utc)
            if user is None:
                raise AuthError("用户名或密码错误")
            who = Principal.system(user.username)
            org = await repo.organisation(user.organisation_id)
            assert org is not None
            if not user.active:
                raise AuthError("账号已停用，请联系管理员", code="ACCOUNT_DISABLED")
            if user.locked_until and user.locked_until > now:
                raise AuthError("密码错误次数过多，账号已临时锁定，请稍后再试", code="ACCOUNT_LOCKED",
                                details={"lockedUntil": user.locked_until.isoformat()})
            if not ok:
                user.failed_logins += 1
                locked = user.failed_logins >= self.settings.login_max_failures
                if locked:
                    user.locked_until = now + timedelta(minutes=self.settings.login_lock_minutes)
                    user.failed_logins = 0
                uow.audit.record(who, "auth.login_failed", "User", user.id, label=user.username,
                                 division_code=org.division_code, after={"locked": locked})
                await uow.commit()
                raise AuthError("用户名或密码错误")
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            uow.audit.record(who, "auth.login", "User", user.id, label=user.username, division_code=org.division_code)
            await uow.commit()
        token, exp = tokens.issue(_claims(user, org), self.settings.jwt_secret, self.settings.token_ttl_minutes * 60)
        return Session(token=token, expires_at=datetime.fromtimestamp(exp, timezone.utc), user=user, organisation=org)

    async def refresh(self, who: Principal) -> Session:
        """Issues a fresh token for a still-valid session, re-reading the account (a disabled user is refused)."""
        async with self.uow as uow:
            repo = IdentityRepository(uow.session)
            user = await repo.user(who.user_id) if who.user_id is not None else None
            if user is None or not user.active:
                raise AuthError("会话已失效，请重新登录", code="SESSION_INVALID")
            org = await repo.organisation(user.organisation_id)
            assert org is not None
            token, exp = tokens.issue(_claims(user, org), self.settings.jwt_secret,
                                      self.settings.token_ttl_minutes * 60)
            uow.session.expunge_all()  # the read-only unit rolls back; keep the loaded objects usable
        return Session(token=token, expires_at=datetime.fromtimestamp(exp, timezone.utc), user=user, organisation=org)
