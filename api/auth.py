"""Bearer-token authentication: turns the Authorization header into a Principal (no database round trip)."""
from __future__ import annotations

from domain.divisions.models import DivisionTree
from domain.identity.tokens import TokenError, verify
from domain.shared.principal import Principal


def principal_from_header(header: str | None, secret: str, tree: DivisionTree) -> Principal:
    """Returns the caller: anonymous without a token, anonymous with a reason for a bad one."""
    if not header:
        return Principal.anonymous()
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return Principal.anonymous("TOKEN_INVALID")
    try:
        c = verify(token.strip(), secret)
    except TokenError as e:
        return Principal.anonymous(e.reason)
    return Principal(user_id=c.user_id, username=c.username, display_name=c.display_name, role=c.role,
                     posts=c.posts, scopes=c.scopes, org_id=c.org_id, division_code=c.division_code,
                     area=tree.area(c.division_code))
