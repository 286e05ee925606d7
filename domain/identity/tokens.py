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
    user_id: int
    username: str
    display_name: str
    role: Role
    posts: frozenset[Post]
    scopes: frozenset[Scope]
    org_id: int
    division_code: str
    expires_at: int


class TokenError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # TOKEN_EXPIRED | TOKEN_INVALID


def issue(claims: TokenClaims, secret: str, ttl_seconds: int, now: float | None = None) -> tuple[str, int]:
    """Signs a token; returns it with its expiry (unix seconds)."""
    iat = int(now if now is not None else time.time())
    exp = iat + ttl_seconds
    payload = {
        "iss": ISSUER, "sub": str(claims.user_id), "jti": uuid.uuid4().hex, "iat": iat, "exp": exp,
        "usr": claims.username, "name": claims.display_name, "role": claims.role.value,
        "posts": sorted(p.value for p in claims.posts), "scp": sorted(s.value for s in claims.scopes),
        "org": claims.org_id, "div": claims.division_code,
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
        return TokenClaims(
            user_id=int(p["sub"]), username=p["usr"], display_name=p.get("name", p["usr"]), role=Role(p["role"]),
            posts=frozenset(Post(x) for x in p.get("posts", [])), scopes=frozenset(Scope(x) for x in p.get("scp", [])),
            org_id=int(p["org"]), division_code=str(p["div"]), expires_at=int(p["exp"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise TokenError("TOKEN_INVALID") from exc
