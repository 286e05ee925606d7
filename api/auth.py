"""Bearer-token authentication: turns the Authorization header into a Principal. The signature is checked once per
token per process; whether the account still honours the token (its token version: deactivation, password, role and
post changes revoke) is read at most once per account every TOKEN_CHECK_SECONDS per process."""
from __future__ import annotations

import time
from functools import lru_cache
from typing import Any

from domain.divisions.models import DivisionTree
from domain.identity.tokens import TokenError, verify
from domain.shared.principal import AreaScope, Principal


def principal_from_header(header: str | None, secret: str, tree: DivisionTree) -> Principal:
    """Returns the caller: anonymous without a token, anonymous with a reason for a bad one."""
    if not header:
        return Principal.anonymous()
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return Principal.anonymous("TOKEN_INVALID")
    try:
        principal, expires_at = _verified(token.strip(), secret, tree)
    except TokenError as e:
        return Principal.anonymous(e.reason)
    if expires_at <= time.time():  # a cached token is still checked for expiry on every request
        return Principal.anonymous("TOKEN_EXPIRED")
    return principal


@lru_cache(maxsize=4096)
def _verified(token: str, secret: str, tree: DivisionTree) -> tuple[Principal, int]:
    """Signature check and claim parsing, once per token per process (~0.3 ms saved on every later request).
    Failures are not cached (lru_cache does not cache exceptions)."""
    c = verify(token, secret)
    return Principal(user_id=c.user_id, username=c.username, display_name=c.display_name, role=c.role,
                     posts=c.posts, scopes=c.scopes, org_id=c.org_id, division_code=c.division_code,
                     area=tree.area(c.division_code) if c.insured_id is None else AreaScope.nothing(),
                     insured_id=c.insured_id, token_version=c.token_version), c.expires_at


async def authenticate(header: str | None, state: Any) -> Principal:
    """The caller as `principal_from_header` reads it, refused (anonymous, TOKEN_REVOKED) when the account is gone,
    deactivated or has changed since the token was issued. `state` is the API's AppState."""
    who = principal_from_header(header, state.settings.jwt_secret, state.tree)
    if who.user_id is None or state.token_versions is None:
        return who
    current = await state.token_versions.current(state.database.reads, who.user_id, who.token_version)
    if current is None or current != who.token_version:
        return Principal.anonymous("TOKEN_REVOKED")
    return who
