"""Global-ID decoding for resolvers: queries raise BAD_USER_INPUT, mutations turn it into userErrors."""
from __future__ import annotations

from domain.shared.errors import DomainError
from schema.relay import from_global_id


def id_arg(gid: str | None, types: str | tuple[str, ...], field: str) -> int | None:
    """Decodes a mutation's ID argument; a malformed ID becomes a coded domain error on that field."""
    if gid is None:
        return None
    try:
        return from_global_id(gid, types)[1]
    except Exception as exc:  # noqa: BLE001 - ApiError from a malformed ID
        raise DomainError(f"无效的 ID：{gid}", code="NOT_FOUND", field=[field]) from exc
