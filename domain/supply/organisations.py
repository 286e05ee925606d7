"""Supply entities (定点医药机构 and 医药企业): reading them in scope, and their own basic information (SUP-02)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, or_, select

from domain.audit.models import snapshot
from domain.identity.models import Organisation
from domain.identity.views import OrganisationView
from domain.shared.db import aligned, any_of, like_escape
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.access import OrgAccess
from domain.supply.codes import check_credit_code
from domain.supply.commands import UpdateOrganisation
from domain.supply.criteria import OrgCriteria
from domain.supply.errors import SupplyError, require
from domain.supply.errors import SupplyErrorCode as C
from domain.supply.views import written

ORG = "Organisation"



def org_filters(access: OrgAccess, c: OrgCriteria = OrgCriteria()) -> list[Any]:
    """The WHERE terms selecting the supply entities `access` sees that match `c` (stocking statistics reuse them)."""
    where: list[Any] = [Organisation.subtype.is_not(None)]
    if access.own is not None:
        where.append(Organisation.id == access.own)
    elif access.divisions is not None:
        where.append(any_of(Organisation.division_code, access.divisions))
    if c.subtypes:
        where.append(any_of(Organisation.subtype, c.subtypes))
    if c.ownership:
        where.append(Organisation.ownership == c.ownership)
    if c.hospital_level:
        where.append(Organisation.hospital_level == c.hospital_level)
    if c.division_codes is not None:
        where.append(any_of(Organisation.division_code, c.division_codes))
    if c.name:
        q = c.name.strip()
        where.append(or_(Organisation.name.ilike(f"%{like_escape(q)}%"),
                         Organisation.code.startswith(q.upper(), autoescape=True)))
    return where


class OrganisationRepository(Repository):
    @reads
    async def page(self, access: OrgAccess, criteria: OrgCriteria, request: PageRequest) -> Page[OrganisationView]:
        """Returns one page of the supply entities the caller sees, by code."""
        stmt = OrganisationView.select().where(*org_filters(access, criteria))
        return await keyset_page(self.db, stmt, [(Organisation.code, False)], request, id_col=Organisation.id,
                                 make=OrganisationView.of)

    @reads
    async def get_many(self, access: OrgAccess, ids: Sequence[int]) -> list[OrganisationView | None]:
        """Returns supply entities aligned to `ids` (None where unseen)."""
        rows = await self.db.rows(OrganisationView.select().where(any_of(Organisation.id, ids), *org_filters(access)))
        return aligned(ids, OrganisationView.many(rows), "id")

    @reads
    async def credit_code_taken(self, credit_code: str, other_than: int) -> bool:
        """True when another organisation already has this credit code."""
        return bool(await self.db.scalar(select(exists().where(
            Organisation.credit_code == credit_code, Organisation.id != other_than))))

    @writes
    async def lock(self, access: OrgAccess, org_id: int) -> Organisation | None:
        """Returns a supply entity the caller sees, locked for update (its reports and changes wait for each
        other)."""
        stmt = select(Organisation).where(Organisation.id == org_id, *org_filters(access)).with_for_update()
        return (await self.session.scalars(stmt)).first()

    @writes
    async def saved(self, org: Organisation) -> OrganisationView:
        """Writes a locked organisation's changes and returns it as now stored (its update time comes from the
        database)."""
        await self.session.flush()
        await self.session.refresh(org, ["updated_at"])
        return written(OrganisationView, org)


class OrganisationService:
    """A supply entity maintains its own basic information (SUP-02)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def update(self, cmd: UpdateOrganisation) -> OrganisationView:
        """Changes name, address, contact or credit code of the caller's own organisation."""
        who = self.uow.who
        require(who, Scope.ORGANISATION_WRITE)
        if who.org_id != cmd.organisation_id:
            raise SupplyError("只能维护本单位的基本信息", code=C.FORBIDDEN, field=["id"])
        async with self.uow as uow:
            repo = uow.repo(OrganisationRepository)
            org = await repo.lock(OrgAccess.of(who), cmd.organisation_id)
            if org is None:
                raise SupplyError("本单位不是供应主体", code=C.NOT_SUPPLY_ENTITY, field=["id"])
            before = snapshot(org, Organisation.AUDIT_FIELDS)
            if cmd.credit_code is not None:
                code = cmd.credit_code.strip().upper()
                problem = check_credit_code(code)
                if problem is not None:
                    raise SupplyError(problem.message, code=problem.code, field=["creditCode"])
                if await repo.credit_code_taken(code, org.id):
                    raise SupplyError("该统一社会信用代码已被其他单位使用", code=C.DUPLICATE_CREDIT_CODE,
                                      field=["creditCode"])
                org.credit_code = code
            for name in ("name", "address", "contact_name", "contact_phone"):
                value = getattr(cmd, name)
                if value is not None:
                    setattr(org, name, value or (None if name != "name" else org.name))
            after = snapshot(org, Organisation.AUDIT_FIELDS)
            if after == before:
                raise SupplyError("没有需要保存的修改", code=C.NOTHING_TO_CHANGE)
            uow.record("organisation.update", ORG, org.id, label=org.name, division_code=org.division_code,
                       before=before, after=after)
            view = await repo.saved(org)
            await uow.commit()
        return view
