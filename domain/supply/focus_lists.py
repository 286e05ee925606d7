"""Focus lists (重点监测清单, SUP-42…45) as a bureau maintains and reads them: the region bureau adds and removes
members; each change is audited in the same transaction, and repeating a change changes nothing (idempotent).
Bureaus see their own lists and the ones of the bureaus above."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field, StringConstraints
from sqlalchemy import delete, select, text, union_all

from domain.drugs.codes import normalise_code
from domain.drugs.models import DrugCode
from domain.drugs.repository import DrugRepository
from domain.shared.commands import Command
from domain.shared.db import any_of
from domain.shared.errors import DomainError, Forbidden, ValidationFailed
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.access import AreaAccess
from domain.supply.errors import SupplyError
from domain.supply.errors import SupplyErrorCode as C
from domain.supply.focus import FOCUS_LABELS, FocusKind, FocusListMember
from domain.supply.views import FocusListMemberView

MEMBER = "FocusListMember"
LABELS = {"kind": "清单类型", "drug_codes": "药品代码", "variety_ids": "品种", "note": "备注"}


class ChangeFocusList(Command):
    kind: FocusKind
    drug_codes: list[Annotated[str, StringConstraints(max_length=64)]] = Field(default_factory=list, max_length=100)
    variety_ids: list[int] = Field(default_factory=list, max_length=100)
    note: Annotated[str, StringConstraints(max_length=200)] | None = None


@dataclass
class FocusChange:
    owner: str
    members: list[FocusListMemberView]  # added (or removed) members
    unchanged: int                      # already on (or not on) the list


class FocusListRepository(Repository):
    @reads
    async def members_page(self, access: AreaAccess, kind: str, request: PageRequest) -> Page[FocusListMemberView]:
        """Returns one page of a focus list as the caller sees it (their bureau's and the bureaus' above), oldest
        first."""
        stmt = FocusListMemberView.select().where(FocusListMember.kind == kind)
        if access.owners is not None:
            stmt = stmt.where(any_of(FocusListMember.owner_division, access.owners))
        return await keyset_page(self.db, stmt, [(FocusListMember.id, False)], request, id_col=FocusListMember.id,
                                 make=FocusListMemberView.of)

    @reads
    async def member_drug_ids(self, member_ids: Sequence[int]) -> list[tuple[int, int]]:
        """Pairs each member with its drug codes (a variety member with every code of the variety)."""
        m = FocusListMember
        by_code = select(m.id, m.drug_code_id).where(any_of(m.id, member_ids), m.drug_code_id.is_not(None))
        by_variety = select(m.id, DrugCode.id).join(DrugCode, DrugCode.variety_id == m.variety_id) \
            .where(any_of(m.id, member_ids))
        return sorted((a, b) for a, b in await self.db.rows(union_all(by_code, by_variety)))

    @reads
    async def list_member_drug_ids(self, access: AreaAccess, kind: str, limit: int = 10_000) -> list[tuple[int, int]]:
        """Pairs every member of the list the caller sees with its drug codes (a variety member with every code of
        the variety), by member and code; at most `limit` pairs (an analysis' bound)."""
        m = FocusListMember
        owned = [any_of(m.owner_division, access.owners)] if access.owners is not None else []
        by_code = select(m.id.label("member"), m.drug_code_id.label("drug")) \
            .where(m.kind == kind, m.drug_code_id.is_not(None), *owned)
        by_variety = select(m.id.label("member"), DrugCode.id.label("drug")) \
            .join(DrugCode, DrugCode.variety_id == m.variety_id).where(m.kind == kind, *owned)
        pairs = union_all(by_code, by_variety).subquery("pairs")
        rows = await self.db.rows(select(pairs.c.member, pairs.c.drug).order_by(pairs.c.member, pairs.c.drug)
                                  .limit(limit))
        return [(int(a), int(b)) for a, b in rows]

    @writes
    async def add(self, owner: str, kind: str, drug_ids: Sequence[int], variety_ids: Sequence[int], note: str | None,
                  by: int | None) -> list[FocusListMemberView]:
        """Inserts the members not yet on the list; returns the inserted ones."""
        result = await self.session.execute(text("""
            INSERT INTO focus_list_member (owner_division, kind, drug_code_id, variety_id, note, added_by)
            SELECT :owner, :kind, d, v, :note, :by
            FROM (SELECT unnest(CAST(:ds AS int[])) AS d, NULL::int AS v
                  UNION ALL SELECT NULL::int, unnest(CAST(:vs AS int[]))) x
            ON CONFLICT DO NOTHING RETURNING id"""),
            {"owner": owner, "kind": kind, "ds": list(drug_ids), "vs": list(variety_ids), "note": note, "by": by})
        ids = [r[0] for r in result]
        if not ids:
            return []
        return FocusListMemberView.many(await self.db.rows(FocusListMemberView.select().where(
            any_of(FocusListMember.id, ids)).order_by(FocusListMember.id)))

    @writes
    async def remove(self, owner: str, kind: str, drug_ids: Sequence[int], variety_ids: Sequence[int]
                     ) -> list[FocusListMemberView]:
        """Deletes the given members of the owner's list; returns the deleted ones."""
        m = FocusListMember
        rows = (await self.session.execute(
            delete(m).where(m.owner_division == owner, m.kind == kind,
                            any_of(m.drug_code_id, drug_ids) | any_of(m.variety_id, variety_ids))
            .returning(*FocusListMemberView.columns).execution_options(synchronize_session=False))).all()
        return sorted(FocusListMemberView.many(rows), key=lambda r: r.id)  # type: ignore[attr-defined]


class FocusListService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def _owner(self) -> str:
        who = self.uow.who
        if not who.has(Scope.FOCUS_LISTS_WRITE) or who.division_code is None:
            raise Forbidden("只有自治区（省）医保局可以维护重点监测清单", code=C.FORBIDDEN)
        return who.division_code

    async def _targets(self, drugs: DrugRepository, cmd: ChangeFocusList) -> tuple[list[int], list[int]]:
        if not cmd.drug_codes and not cmd.variety_ids:
            raise SupplyError("请至少指定一个药品代码或品种", code=C.REQUIRED, field=["drugCodes"])
        codes = [normalise_code(c) for c in cmd.drug_codes]
        known = await drugs.existing_codes(codes)
        varieties = {v.id for v in await drugs.varieties(cmd.variety_ids) if v is not None}
        errors: list[DomainError] = [
            SupplyError(f"药品代码 {c} 不在药品主数据中", code=C.DRUG_NOT_FOUND, field=["drugCodes", str(i)])
            for i, c in enumerate(codes) if c not in known]
        errors += [SupplyError("品种不存在", code=C.NOT_FOUND, field=["varietyIds", str(i)])
                   for i, v in enumerate(cmd.variety_ids) if v not in varieties]
        if errors:
            raise ValidationFailed(errors)
        return sorted({known[c] for c in codes}), sorted(set(cmd.variety_ids))

    def _audit(self, uow: UnitOfWork, action: str, owner: str, kind: FocusKind,
               rows: list[FocusListMemberView]) -> None:
        for r in rows:
            target = {"drugCodeId": r.drug_code_id} if r.drug_code_id is not None else {"varietyId": r.variety_id}
            state = {"kind": kind.value, **target, "note": r.note}
            uow.record(action, MEMBER, r.id, label=FOCUS_LABELS[kind], division_code=owner,
                       before=state if action.endswith("remove") else None,
                       after=state if action.endswith("add") else None)

    async def add(self, cmd: ChangeFocusList) -> FocusChange:
        """Adds drug codes and varieties to the bureau's list of this kind; members already there stay as they are."""
        owner = self._owner()
        async with self.uow as uow:
            repo = uow.repo(FocusListRepository)
            ds, vs = await self._targets(uow.repo(DrugRepository), cmd)
            added = await repo.add(owner, cmd.kind, ds, vs, cmd.note or None, self.uow.who.user_id)
            self._audit(uow, "focus_list.add", owner, cmd.kind, added)
            await uow.commit()
        return FocusChange(owner, added, len(ds) + len(vs) - len(added))

    async def remove(self, cmd: ChangeFocusList) -> FocusChange:
        """Removes drug codes and varieties from the bureau's list of this kind; absent ones are ignored."""
        owner = self._owner()
        async with self.uow as uow:
            repo = uow.repo(FocusListRepository)
            ds, vs = await self._targets(uow.repo(DrugRepository), cmd)
            removed = await repo.remove(owner, cmd.kind, ds, vs)
            self._audit(uow, "focus_list.remove", owner, cmd.kind, removed)
            await uow.commit()
        return FocusChange(owner, removed, len(ds) + len(vs) - len(removed))
