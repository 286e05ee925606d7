"""Generated files (exports): stored briefly, fetched once by an unguessable key."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Integer, LargeBinary, String, Uuid, delete, func, select
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base
from domain.shared.reads import Repository, reads, writes

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


@dataclass(slots=True)
class Download:
    """A file as handed to the browser."""

    file_name: str
    media_type: str
    content: bytes


class FileRepository(Repository):
    @writes
    def add(self, file_name: str, media_type: str, content: bytes, row_count: int, user_id: int | None) -> GeneratedFile:
        """Stores a generated file for LIFETIME."""
        f = GeneratedFile(key=uuid.uuid4(), file_name=file_name, media_type=media_type, size=len(content),
                          row_count=row_count, content=content, created_by=user_id,
                          expires_at=datetime.now(timezone.utc) + LIFETIME)
        self.session.add(f)
        return f

    @reads
    async def get_valid(self, key: uuid.UUID) -> Download | None:
        """Returns an unexpired file with its content (whoever holds the unguessable key may fetch it)."""
        row = await self.db.first(select(GeneratedFile.file_name, GeneratedFile.media_type, GeneratedFile.content)
                                  .where(GeneratedFile.key == key, GeneratedFile.expires_at > func.now()))
        return None if row is None else Download(row[0], row[1], bytes(row[2] or b""))

    @writes
    async def purge_expired(self) -> int:
        """Deletes expired files."""
        r = await self.session.execute(delete(GeneratedFile).where(GeneratedFile.expires_at <= func.now()))
        return int(r.rowcount or 0)
