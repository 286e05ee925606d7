"""NotificationService with in-memory repositories (tests/fakes.FakeUnitOfWork): who may mark what, and what is
returned."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from domain.notifications.access import NotificationAccess
from domain.notifications.repository import NotificationRepository
from domain.notifications.service import MAX_MARK, NotificationService
from domain.shared.errors import DomainError
from domain.shared.principal import Principal
from domain.shared.scopes import Role, scopes_for
from tests.fakes import FakeUnitOfWork


@dataclass
class FakeNotifications:
    """Notifications by id → organisation, and the (notification, user) pairs read; changes count only once
    committed."""

    org_of: dict[int, int]
    read: set[tuple[int, int]] = field(default_factory=set)
    _pending: set[tuple[int, int]] = field(default_factory=set)

    async def mark_read(self, access: NotificationAccess, ids: list[int] | None) -> int:
        mine = [n for n, o in self.org_of.items() if o == access.org_id and (ids is None or n in ids)]
        new = {(n, access.user_id) for n in mine} - self.read
        self._pending |= new
        return len(new)

    async def unread_count(self, access: NotificationAccess) -> int:
        return sum(1 for n, o in self.org_of.items() if o == access.org_id and (n, access.user_id) not in self.read)

    def commit(self) -> None:
        self.read |= self._pending
        self._pending = set()

    def rollback(self) -> None:
        self._pending = set()


def staff(user_id: int | None, org_id: int | None) -> Principal:
    return Principal(user_id=user_id, username=f"u{user_id}", display_name="", role=Role.INSTITUTION_STAFF,
                     posts=frozenset(), scopes=scopes_for(Role.INSTITUTION_STAFF, frozenset()), org_id=org_id,
                     division_code=None)


def service(who: Principal, repo: FakeNotifications) -> tuple[NotificationService, FakeUnitOfWork]:
    uow = FakeUnitOfWork(who, {NotificationRepository: repo})
    return NotificationService(uow), uow  # type: ignore[arg-type]


async def test_marks_only_the_callers_organisations_notifications_for_the_caller():
    repo = FakeNotifications({1: 10, 2: 10, 3: 20})
    svc, uow = service(staff(5, 10), repo)
    assert await svc.mark_read([1, 3]) == (1, 1)   # 3 belongs to another organisation
    assert uow.commits == 1 and repo.read == {(1, 5)}
    assert await svc.mark_read(None) == (1, 0)
    other, _ = service(staff(6, 10), repo)           # a colleague's marks are their own
    assert await other.mark_read(None) == (2, 0)


async def test_callers_without_an_organisation_or_asking_too_much_change_nothing():
    repo = FakeNotifications({1: 10})
    for who in (staff(None, 10), staff(5, None)):
        svc, uow = service(who, repo)
        with pytest.raises(DomainError) as e:
            await svc.mark_read(None)
        assert e.value.code == "FORBIDDEN" and uow.commits == 0
    svc, uow = service(staff(5, 10), repo)
    with pytest.raises(DomainError) as e:
        await svc.mark_read(list(range(MAX_MARK + 1)))
    assert e.value.code == "TOO_MANY_VALUES" and e.value.field == ["ids"] and uow.commits == 0 and not repo.read
