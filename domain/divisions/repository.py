"""SQL for divisions."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from domain.divisions.models import Division, DivisionLevel, DivisionNode, DivisionTree
from domain.shared.reads import Repository, reads


class DivisionRepository(Repository):
    @reads
    async def nodes(self) -> list[DivisionNode]:
        """Every division, by code."""
        rows = await self.db.rows(select(Division.code, Division.name, Division.level, Division.parent_code,
                                         Division.lon, Division.lat).order_by(Division.code))
        return [DivisionNode(c, n, DivisionLevel(lv), p, lon, lat) for c, n, lv, p, lon, lat in rows]


async def load_tree(db: Any) -> DivisionTree:
    """Reads the whole division table into memory (`db`: a Db or an AsyncSession)."""
    return DivisionTree(await DivisionRepository(db).nodes())
