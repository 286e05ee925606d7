"""Relay building blocks: the Node interface, global IDs, PageInfo and connections with a lazy totalCount."""
from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

import strawberry

from domain.shared.pagination import MAX_PAGE_SIZE, Page, PageRequest, PageRequestError
from schema.errors import bad_input

T = TypeVar("T")
MAX_KEY = 2**63 - 1  # PostgreSQL bigint


def to_global_id(type_name: str, pk: Any) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("="))


def from_global_id(gid: str, expected: str | tuple[str, ...] | None = None) -> tuple[str, int]:
    """Decodes a global ID into (type name, integer key); raises a BAD_USER_INPUT error if malformed."""
    try:
        raw = base64.urlsafe_b64decode(gid + "=" * (-len(gid) % 4)).decode()
        type_name, _, pk = raw.partition(":")
        # digits only (int() would also take " 7", "+7" and "1_0"), and within PostgreSQL's bigint
        if not (pk.isascii() and pk.isdigit()) or int(pk) > MAX_KEY:
            raise ValueError(pk)
        value = int(pk)
    except Exception as exc:  # noqa: BLE001 - any decoding failure means a malformed ID
        raise bad_input(f"无效的 ID：{gid[:100]}", "INVALID_ID") from exc
    wanted = (expected,) if isinstance(expected, str) else expected
    if wanted and type_name not in wanted:
        raise bad_input(f"ID 类型不符：需要 {'/'.join(wanted)}，收到 {type_name}", "INVALID_ID")
    return type_name, value


def pk_of(gid: strawberry.ID | str, expected: str | tuple[str, ...]) -> int:
    return from_global_id(gid, expected)[1]


@strawberry.interface(description="可以按全局 ID 读取的对象（Relay）")
class Node:
    id: strawberry.ID = strawberry.field(description="全局 ID（不透明字符串，不是数据库主键）")


@strawberry.type(description="分页信息")
class PageInfo:
    has_next_page: bool = strawberry.field(description="是否还有下一页")
    has_previous_page: bool = strawberry.field(description="是否有上一页")
    start_cursor: str | None = strawberry.field(description="本页第一条的游标")
    end_cursor: str | None = strawberry.field(description="本页最后一条的游标，作为下一页的 after 参数")


@strawberry.type(description="列表中的一条及其游标")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description="游标")
    node: T = strawberry.field(description="对象")


@strawberry.type(description="分页列表（Relay 连接），附总数")
class Connection(Generic[T]):
    nodes: list[T] = strawberry.field(description="本页对象")
    page_info: PageInfo = strawberry.field(description="分页信息")
    _cursors: strawberry.Private[Sequence[str]]
    _count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="本页对象及游标")
    def edges(self) -> list[Edge[T]]:
        return [Edge(cursor=c, node=n) for c, n in zip(self._cursors, self.nodes, strict=True)]

    @strawberry.field(description="符合条件的总条数（仅在请求时计算）")
    async def total_count(self) -> int:
        return await self._count()

    @classmethod
    def of(cls, page: Page[Any], convert: Callable[[Any], T]) -> Connection[T]:
        return cls(
            nodes=[convert(i) for i in page.items],
            page_info=PageInfo(has_next_page=page.has_next, has_previous_page=page.has_previous,
                               start_cursor=page.cursors[0] if page.cursors else None,
                               end_cursor=page.cursors[-1] if page.cursors else None),
            _cursors=page.cursors, _count=page.count)


def page_request(first: int | None, after: str | None, offset: int | None = None, default: int = 20) -> PageRequest:
    """Builds a page request from connection arguments, as a coded BAD_USER_INPUT error if out of bounds."""
    try:
        return PageRequest(first=default if first is None else first, after=after, offset=offset)
    except PageRequestError as e:
        raise bad_input(e.message if e.code != "PAGE_SIZE_EXCEEDED" else
                        f"每页最多 {MAX_PAGE_SIZE} 条（first ≤ {MAX_PAGE_SIZE}）", e.code, e.field) from e
