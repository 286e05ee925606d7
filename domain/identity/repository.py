"""SQL for organisations and users."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared.db import any_of
from domain.identity.models import Organisation, User


class IdentityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def user_by_username(self, username: str, *, for_update: bool = False) -> User | None:
        """Returns the account with this username (case-insensitive), if any."""
        stmt = select(User).where(User.username == username.strip().lower())
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).first()

    async def user(self, user_id: int) -> User | None:
        """Returns the account with this id."""
        return await self.session.get(User, user_id)

    async def organisation(self, org_id: int) -> Organisation | None:
        """Returns the organisation with this id."""
        return await self.session.get(Organisation, org_id)

    async def organisations_by_ids(self, ids: Sequence[int]) -> list[Organisation | None]:
        """Returns organisations aligned to `ids`."""
        rows = (await self.session.scalars(select(Organisation).where(any_of(Organisation.id, ids)))).all()
        by_id = {r.id: r for r in rows}
        return [by_id.get(i) for i in ids]

    async def users_by_ids(self, ids: Sequence[int]) -> list[User | None]:
        """Returns users aligned to `ids`."""
        rows = (await self.session.scalars(select(User).where(any_of(User.id, ids)))).all()
        by_id = {r.id: r for r in rows}
        return [by_id.get(i) for i in ids]


async def principal_of(session: AsyncSession, user_id: int | None) -> "Principal":
    """Returns a principal naming this user (for audit rows written by jobs on a user's behalf)."""
    from domain.shared.principal import Principal

    if user_id is None:
        return Principal.system()
    user = await session.get(User, user_id)
    if user is None:
        return Principal.system()
    org = await session.get(Organisation, user.organisation_id)
    return Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role_enum,
                     posts=user.post_set, scopes=user.scopes, org_id=user.organisation_id,
                     division_code=org.division_code if org else None)
