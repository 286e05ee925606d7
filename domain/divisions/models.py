"""Administrative divisions (行政区划 / 医保区划) and the in-memory tree used for area scoping."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from sqlalchemy import ForeignKey, Index, Numeric, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base
from domain.shared.principal import AreaScope


class DivisionLevel(StrEnum):
    PROVINCE = "PROVINCE"
    PREFECTURE = "PREFECTURE"
    COUNTY = "COUNTY"


class Division(Base):
    __tablename__ = "division"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    level: Mapped[str] = mapped_column(String(12))
    parent_code: Mapped[str | None] = mapped_column(String(6), ForeignKey("division.code"), index=True)
    lon: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    lat: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))

    __table_args__ = (
        # The county a public-side visit came from: nearest county seat (domain.public.geo).
        Index("ix_division_earth", func.ll_to_earth(text("lat::float8"), text("lon::float8")),
              postgresql_using="gist", postgresql_where=text("level = 'COUNTY' AND lat IS NOT NULL")),
    )


@dataclass(frozen=True, slots=True)
class DivisionNode:
    code: str
    name: str
    level: DivisionLevel
    parent_code: str | None
    lon: Decimal | None = None
    lat: Decimal | None = None


class DivisionTree:
    """The whole division table in memory (a few thousand rows); answers subtree and ancestor questions."""

    def __init__(self, nodes: list[DivisionNode]) -> None:
        self.nodes = {n.code: n for n in nodes}
        self.children: dict[str | None, list[str]] = {}
        for n in sorted(nodes, key=lambda n: n.code):
            self.children.setdefault(n.parent_code, []).append(n.code)
        self._area = lru_cache(maxsize=4096)(self._compute_area)

    def get(self, code: str) -> DivisionNode | None:
        return self.nodes.get(code)

    def children_of(self, code: str | None) -> list[DivisionNode]:
        """Returns the divisions directly below `code` (None: the top level)."""
        return [self.nodes[c] for c in self.children.get(code, ())]

    def subtree(self, code: str) -> frozenset[str]:
        """Returns `code` and every division below it."""
        out: list[str] = []
        stack = [code]
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(self.children.get(c, ()))
        return frozenset(out)

    def ancestors(self, code: str) -> tuple[str, ...]:
        """Returns the divisions above `code`, nearest first."""
        out: list[str] = []
        node = self.nodes.get(code)
        while node is not None and node.parent_code is not None:
            out.append(node.parent_code)
            node = self.nodes.get(node.parent_code)
        return tuple(out)

    def path_names(self, code: str) -> list[str]:
        """Returns names from the top level down to `code`."""
        chain = [code, *self.ancestors(code)]
        return [self.nodes[c].name for c in reversed(chain) if c in self.nodes]

    def area(self, code: str | None) -> AreaScope:
        """Returns the area an official of division `code` sees."""
        if code is None or code not in self.nodes:
            return AreaScope.nothing()
        return self._area(code)

    def _compute_area(self, code: str) -> AreaScope:
        return AreaScope(root=code, codes=self.subtree(code), ancestors=self.ancestors(code))
