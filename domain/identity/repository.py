"""SQL for organisations and users."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from domain.identity.models import Organisation, User
from domain.identity.views import OrganisationView, UserView
from domain.shared.db import aligned, any_of
from domain.shared.reads import Repository, reads, writes

if TYPE_CHECKING:
    from domain.shared.principal import Principal
    from domain.supply.access import OrgAccess


class IdentityRepository(Repository):
    @writes
    async def user_by_username_for_update(self, username: str) -> User | None:
        """Locks and returns the account with this username (case-insensitive), if any: sign-in counts failures
        on it."""
        stmt = select(User).where(User.username == username.strip().lower()).with_for_update()
        return (await self.session.scalars(stmt)).first()

    @reads
    async def organisations_by_ids(self, ids: Sequence[int]) -> list[OrganisationView | None]:
        """Returns organisations aligned to `ids` (for things the caller already sees: their own organisation, a
        task's respondent)."""
        rows = await self.db.rows(OrganisationView.select().where(any_of(Organisation.id, ids)))
        return aligned(ids, OrganisationView.many(rows), "id")

    @reads
    async def visible_organisation(self, access: OrgAccess, org_id: int) -> OrganisationView | None:
        """Returns the organisation if the caller sees it (officials: located in their area; staff of an
        institution or enterprise: their own), else None."""
        stmt = OrganisationView.select().where(Organisation.id == org_id)
        if access.own is not None:
            stmt = stmt.where(Organisation.id == access.own)
        elif access.divisions is not None:
            stmt = stmt.where(any_of(Organisation.division_code, access.divisions))
        row = await self.db.first(stmt)
        return None if row is None else OrganisationView.of(row)

    @reads
    async def token_version(self, user_id: int) -> int | None:
        """Returns the account's current token version, or None when the account is gone or deactivated (then no
        token of it is honoured)."""
        return await self.db.scalar(select(User.token_version).where(User.id == user_id, User.active.is_(True)))

    @reads
    async def users_by_ids(self, ids: Sequence[int]) -> list[UserView | None]:
        """Returns users aligned to `ids`."""
        rows = await self.db.rows(UserView.select().where(any_of(User.id, ids)))
        return aligned(ids, UserView.many(rows), "id")


async def principal_of(db: Any, user_id: int | None) -> Principal:
    """Returns a principal naming this user (for audit rows written by jobs on a user's behalf); `db` is a Db or an
    AsyncSession."""
    from domain.shared.principal import Principal

    if user_id is None:
        return Principal.system()
    repo = IdentityRepository(db)
    (user,) = await repo.users_by_ids([user_id])
    if user is None:
        return Principal.system()
    (org,) = await repo.organisations_by_ids([user.organisation_id])
    return Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role_enum,
                     posts=user.post_set, scopes=user.scopes, org_id=user.organisation_id,
                     division_code=org.division_code if org else None)
