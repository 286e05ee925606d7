"""SQL for divisions."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.divisions.models import Division, DivisionLevel, DivisionNode, DivisionTree


async def load_tree(session: AsyncSession) -> DivisionTree:
    """Reads the whole division table into memory."""
    rows = (await session.scalars(select(Division))).all()
    return DivisionTree([DivisionNode(r.code, r.name, DivisionLevel(r.level), r.parent_code, r.lon, r.lat)
                         for r in rows])
