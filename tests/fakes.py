"""In-memory stand-ins for unit-testing services: a unit of work that hands out fake repositories and records what
the service audited, enqueued and committed. Only our own adapters are faked here, never the code under test."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.shared.principal import Principal


@dataclass
class Audited:
    action: str
    entity_type: str
    entity_id: Any
    details: dict[str, Any]


@dataclass
class FakeUnitOfWork:
    """What a service sees of domain.shared.uow.UnitOfWork: repositories by class, audit, jobs, commit."""

    who: Principal
    repos: dict[type, Any]
    audited: list[Audited] = field(default_factory=list)
    enqueued: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    commits: int = 0
    rollbacks: int = 0
    _pending_audit: list[Audited] = field(default_factory=list)
    _pending_jobs: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    _committed: bool = False

    async def __aenter__(self) -> FakeUnitOfWork:
        self._committed = False
        self._pending_audit, self._pending_jobs = [], []
        return self

    async def __aexit__(self, *exc: object) -> None:
        if not self._committed:
            self.rollbacks += 1
            for repo in self.repos.values():
                rollback = getattr(repo, "rollback", None)
                if rollback is not None:
                    rollback()

    def repo(self, cls: type) -> Any:
        return self.repos[cls]

    def record(self, action: str, entity_type: str, entity_id: Any, **kw: Any) -> None:
        self._pending_audit.append(Audited(action, entity_type, entity_id, kw))

    def enqueue(self, job: str, *args: Any) -> None:
        self._pending_jobs.append((job, args))

    async def commit(self) -> None:
        self._committed = True
        self.commits += 1
        self.audited += self._pending_audit
        self.enqueued += self._pending_jobs
        for repo in self.repos.values():
            commit = getattr(repo, "commit", None)
            if commit is not None:
                commit()
