"""Generated files (exports, templates): stored briefly, downloaded only by the user who made them.

An export may hold personal data, and a browser fetches a download by following a link (no Authorization header).
So the link the API hands out (`signed_path`) carries the user and an expiry, signed with a key derived from the JWT
secret; the download checks the signature, the expiry and that the file is that user's, and every download leaves an
audit row. A wrong, expired or other user's link gets the same answer as a key that does not exist."""
from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Integer, LargeBinary, String, Uuid, delete, func, select
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base
from domain.shared.reads import Repository, reads, writes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LIFETIME = timedelta(minutes=15)
LINK_LIFETIME = 600  # seconds a signed download link stays valid


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
    row_count: int = 0


def _link_key(secret: str) -> bytes:
    # a key of its own: a link signature can never stand in for (or be forged from) a token signature
    return hmac.new(secret.encode(), b"zhilian:download-link:v1", hashlib.sha256).digest()


def link_signature(key: uuid.UUID | str, user_id: int, expires: int, secret: str) -> str:
    """The signature of a download link for this file, user and expiry (unix seconds)."""
    msg = f"{key}:{user_id}:{expires}".encode()
    return hmac.new(_link_key(secret), msg, hashlib.sha256).hexdigest()


def signed_path(key: uuid.UUID | str, user_id: int, secret: str, now: float | None = None) -> str:
    """The relative URL that downloads this file as this user for the next LINK_LIFETIME seconds."""
    expires = int(now if now is not None else time.time()) + LINK_LIFETIME
    return f"/files/download/{key}?u={user_id}&e={expires}&s={link_signature(key, user_id, expires, secret)}"


def link_user(key: uuid.UUID | str, params: dict[str, str], secret: str, now: float | None = None) -> int | None:
    """The user a download link was signed for, or None when it is unsigned, tampered with or expired."""
    try:
        user_id, expires, sig = int(params["u"]), int(params["e"]), params["s"]
    except (KeyError, ValueError):
        return None
    if expires < (now if now is not None else time.time()) or expires > time.time() + LINK_LIFETIME + 60:
        return None
    if not hmac.compare_digest(sig, link_signature(key, user_id, expires, secret)):
        return None
    return user_id


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
    async def get_owned(self, key: uuid.UUID, user_id: int) -> Download | None:
        """Returns an unexpired file with its content if this user made it (None for a missing key and for someone
        else's file alike)."""
        row = await self.db.first(select(GeneratedFile.file_name, GeneratedFile.media_type, GeneratedFile.content,
                                         GeneratedFile.row_count)
                                  .where(GeneratedFile.key == key, GeneratedFile.created_by == user_id,
                                         GeneratedFile.expires_at > func.now()))
        return None if row is None else Download(row[0], row[1], bytes(row[2] or b""), int(row[3] or 0))

    @writes
    async def purge_expired(self) -> int:
        """Deletes expired files."""
        r = await self.session.execute(delete(GeneratedFile).where(GeneratedFile.expires_at <= func.now()))
        return int(r.rowcount or 0)


async def download(sessions: Any, key: uuid.UUID, user_id: int) -> Download | None:
    """A user's own unexpired file, with an audit row for the download in the same transaction (exports may hold
    personal data); None when there is no such file of this user."""
    from domain.identity.repository import principal_of
    from domain.shared.principal import Principal
    from domain.shared.uow import UnitOfWork

    async with UnitOfWork(sessions, Principal.system("download")) as uow:
        found = await uow.repo(FileRepository).get_owned(key, user_id)
        if found is None:
            return None
        uow.who = await principal_of(uow.session, user_id)
        uow.record("file.download", "GeneratedFile", key, label=found.file_name,
                   after={"rows": found.row_count, "size": len(found.content)})
        await uow.commit()
    return found
