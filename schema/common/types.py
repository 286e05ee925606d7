"""Types shared by every domain: divisions, organisations, users and the signed-in viewer."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import strawberry
from strawberry.scalars import JSON

from domain.audit.views import AuditEntryView
from domain.divisions.models import DivisionLevel as _DivisionLevel
from domain.identity.models import HOSPITAL_LEVELS
from domain.identity.models import Ownership as _Ownership
from domain.identity.models import OrgSubtype as _OrgSubtype
from domain.shared.config import SHANGHAI
from domain.shared.files import signed_path
from domain.shared.scopes import POST_LABELS, ROLE_LABELS, Post, Role
from schema.relay import Connection, Node, to_global_id


def f(description: str, **kw: Any) -> Any:
    return strawberry.field(description=description, **kw)


def local(dt: datetime | None) -> datetime | None:
    """Business times are shown in Asia/Shanghai."""
    return dt.astimezone(SHANGHAI) if dt is not None else None


DivisionLevel = strawberry.enum(_DivisionLevel, name="DivisionLevel", description="行政区划级别")
RoleEnum = strawberry.enum(Role, name="Role", description="用户角色（参与者类型）")
PostEnum = strawberry.enum(Post, name="Post", description="岗位：在角色之上授予的职责，决定可执行的操作")


@strawberry.type(description="行政区划 / 医保区划")
class Division:
    code: str = f("6 位区划代码（GB/T 2260；医保虚拟统筹区如 659900 区本级）")
    name: str = f("名称")
    level: DivisionLevel = f("级别")
    parent_code: str | None = f("上级区划代码")
    lon: Decimal | None = f("经度（行政中心，近似值）")
    lat: Decimal | None = f("纬度（行政中心，近似值）")

    @strawberry.field(description="上级区划")
    def parent(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.parent_code)

    @strawberry.field(description="下级区划")
    def children(self, info: strawberry.Info) -> list[Division]:
        return [Division.of(n) for n in info.context.tree.children_of(self.code)]

    @strawberry.field(description="从省级到本级的名称路径，如 新疆维吾尔自治区 / 乌鲁木齐市")
    def path(self, info: strawberry.Info) -> list[str]:
        return info.context.tree.path_names(self.code)

    @classmethod
    def of(cls, m: Any) -> Division:
        return cls(code=m.code, name=m.name, level=_DivisionLevel(m.level), parent_code=m.parent_code,
                   lon=m.lon, lat=m.lat)


def division_of(info: strawberry.Info, code: str | None) -> Division | None:
    """Divisions live in memory (the tree), so no loader or SQL is needed."""
    node = info.context.tree.get(code) if code else None
    return Division.of(node) if node else None


OrgKindEnum = strawberry.enum(StrEnum("OrgKind", {k: k for k in ("BUREAU", "INSTITUTION", "ENTERPRISE", "PARTNER")}),
                              name="OrgKind", description="组织类型：医保局/定点医药机构/医药企业/合作方")


OrgSubtypeEnum = strawberry.enum(_OrgSubtype, name="OrgSubtype",
                                 description="供应主体类型：HOSPITAL 定点医疗机构，PHARMACY 定点零售药店，"
                                             "WHOLESALER 批发企业，DISTRIBUTOR 配送企业")
OwnershipEnum = strawberry.enum(_Ownership, name="Ownership", description="医疗机构性质：PUBLIC 公立，PRIVATE 民营")
SUBTYPE_LABELS = {"HOSPITAL": "定点医疗机构", "PHARMACY": "定点零售药店", "WHOLESALER": "批发企业",
                  "DISTRIBUTOR": "配送企业"}


@strawberry.type(description="组织：医保局、定点医药机构、医药企业或合作方；机构和企业同时是供应主体")
class Organisation(Node):
    code: str = f("组织编码：定点医疗机构 H+6位区划+5位顺序号，零售药店 P+6位区划+5位顺序号，企业为统一社会信用代码")
    name: str = f("名称")
    kind: OrgKindEnum = f("类型")
    division_code: str = f("所在区划代码")
    subtype: OrgSubtypeEnum | None = f("供应主体类型（医保局、合作方为 null）")
    ownership: OwnershipEnum | None = f("医疗机构性质（公立/民营），仅医疗机构")
    hospital_level: str | None = f("医院等级代码 hosp_lv（01 三级特等 … 11 无等级），仅医疗机构")
    credit_code: str | None = f("统一社会信用代码（18 位）")
    address: str | None = f("地址")
    contact_name: str | None = f("联系人")
    contact_phone: str | None = f("联系电话")

    @strawberry.field(description="所在区划")
    def division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.division_code)

    @strawberry.field(description="医院等级名称，如 三甲")
    def hospital_level_name(self) -> str | None:
        return HOSPITAL_LEVELS.get(self.hospital_level) if self.hospital_level else None

    @strawberry.field(description="供应主体类型名称，如 定点零售药店")
    def subtype_name(self) -> str | None:
        return SUBTYPE_LABELS.get(self.subtype.value) if self.subtype else None

    @classmethod
    def of(cls, m: Any) -> Organisation:
        return cls(id=to_global_id("Organisation", m.id), code=m.code, name=m.name, kind=OrgKindEnum(m.kind),
                   division_code=m.division_code, subtype=_OrgSubtype(m.subtype) if m.subtype else None,
                   ownership=_Ownership(m.ownership) if m.ownership else None, hospital_level=m.hospital_level,
                   credit_code=m.credit_code, address=m.address, contact_name=m.contact_name,
                   contact_phone=m.contact_phone)


@strawberry.type(description="操作人（只含公开信息）")
class Actor:
    username: str = f("用户名")
    display_name: str = f("姓名")


@strawberry.type(description="当前登录用户")
class Viewer:
    username: str = f("用户名")
    display_name: str = f("姓名")
    role: RoleEnum = f("角色")
    role_label: str = f("角色名称")
    posts: list[PostEnum] = f("岗位")
    post_labels: list[str] = f("岗位名称")
    scopes: list[str] = f("权限范围，如 catalog:write")
    division_code: str | None = f("所属区划代码")
    _org_id: strawberry.Private[int | None]

    @strawberry.field(description="所属组织")
    async def organisation(self, info: strawberry.Info) -> Organisation | None:
        if self._org_id is None:
            return None
        org = await info.context.loaders.organisation.load(self._org_id)
        return Organisation.of(org) if org else None

    @strawberry.field(description="所辖行政区划（数据范围的根）")
    def division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.division_code)

    @strawberry.field(description="所辖区划名称路径（用于页头显示）")
    def area_path(self, info: strawberry.Info) -> list[str]:
        return info.context.tree.path_names(self.division_code) if self.division_code else []

    @classmethod
    def of(cls, who: Any) -> Viewer:
        posts = sorted(who.posts)
        return cls(username=who.username, display_name=who.display_name, role=who.role,
                   role_label=ROLE_LABELS.get(who.role, ""), posts=posts,
                   post_labels=[POST_LABELS[p] for p in posts], scopes=sorted(s.value for s in who.scopes),
                   division_code=who.division_code, _org_id=who.org_id)


@strawberry.type(description="审计记录：一次业务写操作（谁、何时、做了什么、前后数据）")
class AuditEntry(Node):
    at: datetime = f("时间（北京时间）")
    actor: Actor = f("操作人")
    actor_role: str | None = f("操作人角色")
    action: str = f("操作，如 catalog_version.submit")
    entity_type: str = f("对象类型")
    entity_id: str = f("对象主键")
    entity_label: str | None = f("对象名称")
    division_code: str | None = f("数据所属区划")
    before: JSON | None = f("修改前")
    after: JSON | None = f("修改后")
    opinion: str | None = f("意见")

    @classmethod
    def of(cls, m: AuditEntryView) -> AuditEntry:
        return cls(id=to_global_id("AuditEntry", m.id), at=local(m.at), actor=Actor(username=m.actor_username,
                   display_name=m.actor_name), actor_role=m.actor_role, action=m.action, entity_type=m.entity_type,
                   entity_id=m.entity_id, entity_label=m.entity_label, division_code=m.division_code,
                   before=m.before, after=m.after, opinion=m.opinion)


AuditEntryConnection = Connection[AuditEntry]


@strawberry.type(description="工作流时间线上的一步（来自审计记录）")
class WorkflowEvent:
    action: str = f("操作键，如 submit、approve")
    label: str = f("操作名称")
    from_state: str | None = f("操作前状态")
    to_state: str | None = f("操作后状态")
    actor: Actor = f("操作人")
    at: datetime = f("时间（北京时间）")
    opinion: str | None = f("意见")


@strawberry.type(description="生成的文件：只有生成它的用户可以下载。url 是给该用户签名的下载链接，10 分钟内有效"
                               "（浏览器可直接打开；过期后重新导出）；也可带该用户的令牌请求不带签名的地址")
class DownloadFile:
    file_name: str = f("文件名")
    row_count: int = f("数据行数")
    size: int = f("字节数")
    expires_at: datetime = f("文件过期时间")
    key: strawberry.Private[str]

    @strawberry.field(description="下载地址（相对本服务）：为当前用户签名，10 分钟内有效，勿外传")
    def url(self, info: strawberry.Info) -> str:
        user_id = info.context.principal.user_id
        if user_id is None:
            return f"/files/download/{self.key}"
        return signed_path(self.key, user_id, info.context.settings.jwt_secret)

    @classmethod
    def of(cls, x: Any) -> DownloadFile:
        return cls(file_name=x.file_name, key=str(x.key), row_count=x.row_count, size=x.size,
                   expires_at=local(x.expires_at))
