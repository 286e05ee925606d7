"""Generated files (exports): stored briefly, fetched once by an unguessable key."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import Integer, LargeBinary, String, Uuid, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LIFETIME = timedelta(minutes=15)


class GeneratedFile(Base):
    __tablename__ = "generated_file"

    key: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column()


class FileRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def add(self, file_name: str, media_type: str, content: bytes, row_count: int, user_id: int | None) -> GeneratedFile:
        """Stores a generated file for LIFETIME."""
        f = GeneratedFile(key=uuid.uuid4(), file_name=file_name, media_type=media_type, size=len(content),
                          row_count=row_count, content=content, created_by=user_id,
                          expires_at=datetime.now(timezone.utc) + LIFETIME)
        self.session.add(f)
        return f

    async def get_valid(self, key: uuid.UUID) -> tuple[GeneratedFile, bytes] | None:
        """Returns an unexpired file and its content."""
        f = (await self.session.scalars(select(GeneratedFile).where(
            GeneratedFile.key == key, GeneratedFile.expires_at > func.now()))).first()
        if f is None:
            return None
        content = await self.session.scalar(select(GeneratedFile.content).where(GeneratedFile.key == key))
        return f, bytes(content or b"")

    async def purge_expired(self) -> int:
        """Deletes expired files."""
        r = await self.session.execute(delete(GeneratedFile).where(GeneratedFile.expires_at <= func.now()))
        return int(r.rowcount or 0)
