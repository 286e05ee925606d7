"""Read models of organisations and user accounts: what identity reads return, on either read path. Other domains
read organisations and users through these too."""
from __future__ import annotations

from domain.identity.models import Organisation, User, post_set
from domain.shared.reads import ReadModel, read_model
from domain.shared.scopes import Post, Role, Scope, scopes_for


@read_model(Organisation)
class OrganisationView(ReadModel):
    """An organisation as read: its mapped columns as fields (table order)."""


@read_model(User, exclude=("password_hash", "failed_logins", "locked_until"))
class UserView(ReadModel):
    """A user account as read: no password hash, and none of the sign-in lockout state (only the sign-in service
    needs those, on the entity it locks)."""

    @property
    def role_enum(self) -> Role:
        return Role(self.role)  # type: ignore[attr-defined]

    @property
    def post_set(self) -> frozenset[Post]:
        return post_set(self.posts)  # type: ignore[attr-defined]

    @property
    def scopes(self) -> frozenset[Scope]:
        return scopes_for(self.role_enum, self.post_set)
