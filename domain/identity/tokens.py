"""Short-lived signed access tokens (JWT, HS256) carrying role, organisation, division, posts and scopes."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

import jwt

from domain.shared.scopes import Post, Role, Scope

ISSUER = "zhilian"
ALGORITHM = "HS256"


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """A staff or partner account (user_id, org_id, division_code set) or an insured person (insured_id set,
    no organisation: their division is where they live, when known)."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    posts: frozenset[Post]
    scopes: frozenset[Scope]
    org_id: int | None
    division_code: str | None
    expires_at: int
    insured_id: int | None = None
    token_version: int = 0  # the account's app_user.token_version when issued (revocation, api.auth)


class TokenError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # TOKEN_EXPIRED | TOKEN_INVALID


def issue(claims: TokenClaims, secret: str, ttl_seconds: int, now: float | None = None) -> tuple[str, int]:
    """Signs a token; returns it with its expiry (unix seconds)."""
    iat = int(now if now is not None else time.time())
    exp = iat + ttl_seconds
    sub = f"insured:{claims.insured_id}" if claims.insured_id is not None else str(claims.user_id)
    payload = {
        "iss": ISSUER, "sub": sub, "jti": uuid.uuid4().hex, "iat": iat, "exp": exp,
        "usr": claims.username, "name": claims.display_name, "role": claims.role.value,
        "posts": sorted(p.value for p in claims.posts), "scp": sorted(s.value for s in claims.scopes),
        "org": claims.org_id, "div": claims.division_code, "ver": claims.token_version,
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM), exp


def verify(token: str, secret: str) -> TokenClaims:
    """Checks signature, issuer and expiry; raises TokenError."""
    try:
        p = jwt.decode(token, secret, algorithms=[ALGORITHM], issuer=ISSUER,
                       options={"require": ["exp", "iat", "sub", "iss"]})
    except jwt.ExpiredSignatureError as exc:
        raise TokenError("TOKEN_EXPIRED") from exc
    except jwt.PyJWTError as exc:
        raise TokenError("TOKEN_INVALID") from exc
    try:
        sub = str(p["sub"])
        if sub.startswith("insured:"):
            role = Role(p["role"])
            if role != Role.INSURED_PERSON:
                raise ValueError("an insured subject carries the insured role only")
            return TokenClaims(
                user_id=None, username=p["usr"], display_name=p.get("name", p["usr"]), role=role, posts=frozenset(),
                scopes=frozenset(Scope(x) for x in p.get("scp", [])), org_id=None,
                division_code=str(p["div"]) if p.get("div") else None, expires_at=int(p["exp"]),
                insured_id=int(sub.removeprefix("insured:")))
        return TokenClaims(
            user_id=int(sub), username=p["usr"], display_name=p.get("name", p["usr"]), role=Role(p["role"]),
            posts=frozenset(Post(x) for x in p.get("posts", [])), scopes=frozenset(Scope(x) for x in p.get("scp", [])),
            org_id=int(p["org"]), division_code=str(p["div"]), expires_at=int(p["exp"]),
            token_version=int(p.get("ver", 0)))
    except (KeyError, ValueError, TypeError) as exc:
        raise TokenError("TOKEN_INVALID") from exc
