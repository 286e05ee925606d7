"""Who is calling, and which administrative area they see."""
from __future__ import annotations

from dataclasses import dataclass, field

from domain.shared.scopes import NON_PUBLIC_ROLES, Post, Role, Scope


@dataclass(frozen=True, slots=True)
class AreaScope:
    """An official's administrative area: their division's subtree, plus its ancestors for inherited data.

    `codes` is the subtree (own division and everything below). `ancestors` are the divisions above,
    whose published data (e.g. the region's catalog) flows down. `everything` is for jobs and the system.
    """

    root: str | None
    codes: frozenset[str] = frozenset()
    ancestors: tuple[str, ...] = ()
    everything: bool = False

    @classmethod
    def system(cls) -> AreaScope:
        return cls(root=None, everything=True)

    @classmethod
    def nothing(cls) -> AreaScope:
        return cls(root=None)

    def covers(self, code: str | None) -> bool:
        """True when `code` lies in the subtree."""
        return self.everything or (code is not None and code in self.codes)

    def inherits_from(self, code: str | None) -> bool:
        """True when `code` lies in the subtree or above it."""
        return self.covers(code) or (code is not None and code in self.ancestors)

    @property
    def visible_codes(self) -> frozenset[str]:
        return self.codes | frozenset(self.ancestors)


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int | None
    username: str
    display_name: str
    role: Role | None
    posts: frozenset[Post]
    scopes: frozenset[Scope]
    org_id: int | None
    division_code: str | None
    area: AreaScope = field(default_factory=AreaScope.nothing)
    auth_error: str | None = None
    insured_id: int | None = None  # insured persons (role INSURED_PERSON): their insured_person row
    token_version: int = 0  # staff and partners: the account's token version their token was issued with


    @classmethod
    def anonymous(cls, auth_error: str | None = None) -> Principal:
        return cls(user_id=None, username="", display_name="", role=None, posts=frozenset(),
                   scopes=frozenset(), org_id=None, division_code=None, auth_error=auth_error)

    @classmethod
    def system(cls, name: str = "system") -> Principal:
        return cls(user_id=None, username=name, display_name="系统", role=None, posts=frozenset(),
                   scopes=frozenset(Scope), org_id=None, division_code=None, area=AreaScope.system())

    @property
    def authenticated(self) -> bool:
        return bool(self.username)

    @property
    def public_app(self) -> bool:
        """Anonymous callers and insured persons: public-app clients, held to persisted operations and rate limits."""
        return not self.authenticated or self.role == Role.INSURED_PERSON

    @property
    def non_public(self) -> bool:
        return self.role in NON_PUBLIC_ROLES or (self.role is None and self.authenticated)

    def has(self, scope: Scope) -> bool:
        return scope in self.scopes
