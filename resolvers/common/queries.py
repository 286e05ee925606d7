"""Divisions, the audit trail and Relay's node(id)."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.audit.access import AuditAccess
from domain.audit.repository import AuditCriteria, AuditRepository
from domain.divisions.models import DivisionLevel as _Level
from domain.catalog.access import CatalogAccess
from domain.catalog.repository import CatalogRepository, ImportRepository
from domain.identity.repository import IdentityRepository
from domain.inquiry.access import InquiryAccess
from domain.inquiry.repository import InquiryRepository
from domain.shared.scopes import Scope
from domain.supply.access import OrgAccess
from domain.supply.warnings import WarningRepository
from resolvers.context import Info
from schema.common.types import (AuditEntry, AuditEntryConnection, Division, DivisionLevel, Organisation, division_of,
                                 f)
from schema.catalog import types as catalog_types
from schema.drugs import types as t
from schema.errors import bad_input, forbidden
from schema.inquiry import types as inquiry_types
from schema.permissions import needs, signed_in
from schema.relay import Node, from_global_id, page_request
from schema.supply import types as supply_types


@strawberry.input(description="审计记录筛选")
class AuditFilter:
    entity_type: str | None = f("对象类型，如 CatalogVersion", default=None)
    entity_id: str | None = f("对象主键", default=None)
    action: str | None = f("操作或操作前缀，如 catalog_version 或 catalog_version.submit", default=None)
    actor_username: str | None = f("操作人用户名", default=None)
    since: datetime | None = f("起始时间（含）", default=None)
    until: datetime | None = f("截止时间（不含）", default=None)


@strawberry.type
class CommonQueries:
    @strawberry.field(description="行政区划：不带参数返回省级列表；parentCode 返回其下级", extensions=needs(Scope.DIVISIONS_READ))
    def divisions(self, info: Info, parent_code: str | None = None,
                  level: DivisionLevel | None = None) -> list[Division] | None:
        nodes = info.context.tree.children_of(parent_code)
        if level is not None:
            nodes = [n for n in nodes if n.level == _Level(level.value)]
        return [Division.of(n) for n in nodes]

    @strawberry.field(description="按代码读取行政区划", extensions=needs(Scope.DIVISIONS_READ))
    def division(self, info: Info, code: str) -> Division | None:
        return division_of(info, code[:6])

    @strawberry.field(description="审计记录（本辖区内的业务写操作），最新在前", extensions=needs(Scope.AUDIT_READ))
    async def audit_log(self, info: Info, first: int | None = 20, after: str | None = None,
                        offset: int | None = None, filter: AuditFilter | None = None) -> AuditEntryConnection | None:
        request = page_request(first, after, offset)
        flt = filter or AuditFilter()
        for name in ("entity_type", "entity_id", "action", "actor_username"):
            if (v := getattr(flt, name)) is not None and len(v) > 64:
                raise bad_input(f"{name} 过长", "VALUE_TOO_LONG", ["filter", name])
        criteria = AuditCriteria(entity_type=flt.entity_type, entity_id=flt.entity_id, action=flt.action,
                                 actor_username=flt.actor_username, since=flt.since, until=flt.until)
        page = await AuditRepository(info.context.db).page(AuditAccess.of(info.context.principal), criteria, request)
        return AuditEntryConnection.of(page, AuditEntry.of)

    @strawberry.field(description="按全局 ID 读取任意对象（Relay）；各类型按其所需权限检查", extensions=signed_in())
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        kind, pk = from_global_id(id)
        who = info.context.principal
        loaders = info.context.loaders

        def need(scope: Scope) -> None:
            if not who.has(scope):
                raise forbidden(scope.value)

        if kind == "Drug":
            need(Scope.DRUGS_READ)
            x = await loaders.drug.load(pk)
            return t.Drug.of(x) if x else None
        if kind == "Variety":
            need(Scope.DRUGS_READ)
            x = await loaders.variety.load(pk)
            return t.Variety.of(x) if x else None
        if kind == "Manufacturer":
            need(Scope.DRUGS_READ)
            x = await loaders.manufacturer.load(pk)
            return t.Manufacturer.of(x) if x else None
        if kind == "Tag":
            need(Scope.DRUGS_READ)
            x = await loaders.tag.load(pk)
            return t.Tag.of(x) if x else None
        if kind == "CatalogVersion":
            need(Scope.CATALOG_READ)
            x = await loaders.catalog_version.load(pk)
            return catalog_types.CatalogVersion.of(x) if x else None
        if kind == "CatalogEntry":
            need(Scope.CATALOG_READ)
            e = await CatalogRepository(info.context.db).entry(CatalogAccess.of(who), pk)
            return catalog_types.CatalogEntry.of(e) if e else None
        if kind == "CatalogImport":
            need(Scope.CATALOG_WRITE)
            x = await ImportRepository(info.context.db).get(CatalogAccess.of(who), pk)
            return catalog_types.CatalogImport.of(x) if x else None
        if kind == "AuditEntry":
            need(Scope.AUDIT_READ)
            row = await AuditRepository(info.context.db).get(AuditAccess.of(who), pk)
            return AuditEntry.of(row) if row else None
        if kind == "Organisation":
            org = await IdentityRepository(info.context.db).visible_organisation(OrgAccess.of(who), pk)
            return Organisation.of(org) if org else None
        if kind == "WarningRule":
            need(Scope.SUPPLY_READ)
            r = await loaders.warning_rule.load(pk)
            return supply_types.WarningRule.of(r) if r else None
        if kind == "SupplyWarning":
            need(Scope.SUPPLY_READ)
            rows = await WarningRepository(info.context.db).get_many(OrgAccess.of(who), [pk])
            return supply_types.SupplyWarning.of(rows[0]) if rows[0] else None
        if kind == "InquiryTask":
            need(Scope.INQUIRIES_READ)
            (task,) = await InquiryRepository(info.context.db).get_many(InquiryAccess.of(who), [pk])
            return inquiry_types.InquiryTask.of(task) if task else None
        return None
