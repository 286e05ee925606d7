"""Business tags (DRUG-11…13): definitions owned by a bureau, values on varieties and drug codes — their SQL
(TagRepository) and use cases (TagService)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, exists, func, literal, select, text, union_all

from domain.audit.models import snapshot
from domain.drugs.access import TagAccess
from domain.drugs.commands import CreateTag, SetTagValue, UpdateTag
from domain.drugs.errors import TagError, TagErrorCode
from domain.drugs.models import DrugCode, DrugTag, Tag, TagTarget, TagValueType, Variety, VarietyTag
from domain.drugs.repository import grouped
from domain.drugs.views import DrugTagView, PageTagsView, TagView, VarietyTagView
from domain.shared.db import aligned, any_of, in_param
from domain.shared.reads import Repository, reads, writes
from domain.shared.errors import Forbidden
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork


@lru_cache(maxsize=8)
def _tag_stmt(kind: str, scoped: bool) -> Select[Any]:
    """Tags by id, or a drug's or a variety's tag values, of visible tags only when `scoped` (owners in :owners)."""
    if kind == "tags":
        stmt = TagView.select().where(in_param(Tag.id, "ids"))
    elif kind == "drug":
        stmt = DrugTagView.select().join(Tag, Tag.id == DrugTag.tag_id).where(in_param(DrugTag.drug_code_id, "ids")) \
            .order_by(DrugTag.drug_code_id, DrugTag.tag_id)
    else:
        stmt = VarietyTagView.select().join(Tag, Tag.id == VarietyTag.tag_id) \
            .where(in_param(VarietyTag.variety_id, "ids")).order_by(VarietyTag.variety_id, VarietyTag.tag_id)
    return stmt.where(in_param(Tag.owner_division, "owners")) if scoped else stmt


@lru_cache(maxsize=2)
def _page_tags_stmt(scoped: bool) -> Any:
    """Drugs' own values (kind 'D') and varieties' values ('V'), each row with its tag's definition."""
    own = select(literal("D"), *DrugTagView.columns, *TagView.columns).join(Tag, Tag.id == DrugTag.tag_id) \
        .where(in_param(DrugTag.drug_code_id, "ids"))
    inherited = select(literal("V"), *VarietyTagView.columns, *TagView.columns) \
        .join(Tag, Tag.id == VarietyTag.tag_id).where(in_param(VarietyTag.variety_id, "vids"))
    if scoped:
        own, inherited = (s.where(in_param(Tag.owner_division, "owners")) for s in (own, inherited))
    return union_all(own, inherited).order_by(text("1, 2, 3"))


def _tag_params(access: TagAccess, ids: Sequence[int]) -> dict[str, Any]:
    params: dict[str, Any] = {"ids": list(ids)}
    if access.visible is not None:
        params["owners"] = sorted(access.visible)
    return params


class TagRepository(Repository):
    """Tag definitions (DRUG-11) and their values on varieties (DRUG-12) and drug codes (DRUG-13), scoped by TagAccess."""

    def _visible(self, access: TagAccess) -> Select[Any]:
        stmt = TagView.select()
        if access.visible is not None:
            stmt = stmt.where(any_of(Tag.owner_division, access.visible))
        return stmt

    @reads
    async def tags(self, access: TagAccess, applies_to: str | None = None) -> list[TagView]:
        """Returns the tag definitions this caller sees."""
        stmt = self._visible(access).order_by(Tag.owner_division, Tag.code)
        if applies_to:
            stmt = stmt.where(any_of(Tag.applies_to, [applies_to, "BOTH"]))
        return TagView.many(await self.db.rows(stmt))

    @reads
    async def tags_by_ids(self, access: TagAccess, ids: Sequence[int]) -> list[TagView | None]:
        """Returns visible tags aligned to `ids`."""
        rows = await self.db.rows(_tag_stmt("tags", access.visible is not None), _tag_params(access, ids))
        return aligned(ids, TagView.many(rows), "id")

    @reads
    async def code_exists(self, owner: str, code: str) -> bool:
        """True when the bureau already has a tag with this code."""
        return bool(await self.db.scalar(select(exists().where(Tag.owner_division == owner, Tag.code == code))))

    @reads
    async def usage(self, tag_id: int, values: Sequence[str] | None = None) -> int:
        """Counts assignments of a tag (optionally only with these values)."""
        n = 0
        for model in (VarietyTag, DrugTag):
            stmt = select(func.count()).select_from(model).where(model.tag_id == tag_id)
            if values is not None:
                stmt = stmt.where(any_of(model.value, values))
            n += int(await self.db.scalar(stmt) or 0)
        return n

    @reads
    async def drug_values(self, access: TagAccess, drug_ids: Sequence[int]) -> list[list[DrugTagView]]:
        """Returns each drug's own visible tag values, aligned to `drug_ids`."""
        rows = await self.db.rows(_tag_stmt("drug", access.visible is not None), _tag_params(access, drug_ids))
        return grouped(drug_ids, DrugTagView.many(rows), "drug_code_id")

    @reads
    async def variety_values(self, access: TagAccess, variety_ids: Sequence[int]) -> list[list[VarietyTagView]]:
        """Returns each variety's visible tag values, aligned to `variety_ids`."""
        rows = await self.db.rows(_tag_stmt("variety", access.visible is not None), _tag_params(access, variety_ids))
        return grouped(variety_ids, VarietyTagView.many(rows), "variety_id")

    @reads
    async def page_values(self, access: TagAccess, drug_ids: Sequence[int],
                          variety_ids: Sequence[int]) -> PageTagsView:
        """What `drug_values`, `variety_values` and `tags_by_ids` return for a page of drugs, in one statement."""
        params = _tag_params(access, drug_ids)
        params["vids"] = list(variety_ids)
        own, inherited, tags = [], [], {}
        width = len(DrugTagView.columns)
        for row in await self.db.rows(_page_tags_stmt(access.visible is not None), params):
            (own if row[0] == "D" else inherited).append(row[1:width + 1])
            tag = row[width + 1:]
            tags.setdefault(tag[0], tag)
        return PageTagsView(own=grouped(drug_ids, DrugTagView.many(own), "drug_code_id"),
                            inherited=grouped(variety_ids, VarietyTagView.many(inherited), "variety_id"),
                            tags=TagView.many(tags[k] for k in sorted(tags)))

    @reads
    async def target_label(self, kind: str, target_id: int) -> str | None:
        """The name a tag's target shows in the audit trail (a variety's generic name, a drug's code), or None when
        the target does not exist."""
        column = (Variety.generic_name, Variety.id) if kind == "VARIETY" else (DrugCode.code, DrugCode.id)
        return await self.db.scalar(select(column[0]).where(column[1] == target_id))

    @writes
    async def for_update(self, access: TagAccess, tag_id: int) -> Tag | None:
        """Returns and locks a visible tag definition."""
        stmt = select(Tag).where(Tag.id == tag_id)
        if access.visible is not None:
            stmt = stmt.where(any_of(Tag.owner_division, access.visible))
        return (await self.session.scalars(stmt.with_for_update())).first()

    @writes
    async def value_for_update(self, kind: str, target_id: int, tag_id: int) -> DrugTag | VarietyTag | None:
        """Returns and locks a tag's value on a variety (kind VARIETY) or a drug code."""
        model = VarietyTag if kind == "VARIETY" else DrugTag
        return await self.session.get(model, (target_id, tag_id), with_for_update=True)

    @writes
    async def add(self, entity: Tag | DrugTag | VarietyTag) -> Any:
        """Adds a tag definition or value; flushed, so a new tag has its id."""
        self.session.add(entity)
        await self.session.flush()
        return entity

    @writes
    async def delete(self, entity: Tag | DrugTag | VarietyTag) -> None:
        """Deletes a tag definition (its values go with it) or one value."""
        await self.session.delete(entity)


def _require(who: Principal, scope: Scope) -> None:
    if not who.has(scope):
        raise Forbidden("您没有此操作的权限", code="FORBIDDEN")


_BOOL = {"true": "true", "false": "false", "是": "true", "否": "false", "1": "true", "0": "false",
         "yes": "true", "no": "false"}


def normalise_tag_value(tag: Tag, raw: str) -> str:
    """Checks a value against the tag's type; returns its stored form."""
    value = (raw or "").strip()
    if tag.value_type == TagValueType.BOOLEAN:
        v = _BOOL.get(value.lower())
        if v is None:
            raise TagError("布尔标签的值只能是 true/false（是/否）", code=TagErrorCode.INVALID_TAG_VALUE, field=["value"])
        return v
    if tag.value_type == TagValueType.ENUM:
        if value not in (tag.allowed_values or []):
            raise TagError(f"标签值必须是：{'、'.join(tag.allowed_values or [])}", code=TagErrorCode.INVALID_TAG_VALUE,
                           field=["value"])
        return value
    if tag.value_type == TagValueType.NUMBER:
        try:
            d = Decimal(value)
            if not d.is_finite():
                raise InvalidOperation
        except InvalidOperation as exc:
            raise TagError("数值标签的值必须是数字", code=TagErrorCode.INVALID_TAG_VALUE, field=["value"]) from exc
        return str(d)
    if not value:
        raise TagError("标签值不能为空", code=TagErrorCode.REQUIRED, field=["value"])
    return value


TAG_FIELDS = ("code", "name", "description", "value_type", "allowed_values", "applies_to")


class TagService:
    """Business tag attributes (DRUG-11) and their values on varieties (DRUG-12) and drug codes (DRUG-13)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def who(self) -> Principal:
        return self.uow.who

    async def _writable(self, repo: TagRepository, tag_id: int, field: str = "tagId") -> Tag:
        access = TagAccess.of(self.who)
        tag = await repo.for_update(access, tag_id)
        if tag is None:
            raise TagError("标签不存在", code=TagErrorCode.NOT_FOUND, field=[field])
        if not access.can_write(tag.owner_division):
            raise TagError("只能维护本级及下级医保局定义的标签", code=TagErrorCode.NOT_OWNER, field=[field])
        return tag

    async def create(self, cmd: CreateTag) -> Tag:
        """Defines a tag owned by the caller's bureau."""
        _require(self.who, Scope.TAGS_WRITE)
        values = list(dict.fromkeys(cmd.allowed_values))
        if cmd.value_type == TagValueType.ENUM and not values:
            raise TagError("枚举型标签必须提供可选值", code=TagErrorCode.ALLOWED_VALUES_REQUIRED, field=["allowedValues"])
        if cmd.value_type != TagValueType.ENUM and values:
            raise TagError("只有枚举型标签可以设置可选值", code=TagErrorCode.INVALID_VALUE, field=["allowedValues"])
        async with self.uow as uow:
            repo = uow.repo(TagRepository)
            owner = self.who.division_code or ""
            if await repo.code_exists(owner, cmd.code):
                raise TagError(f"标签编码 {cmd.code} 已存在", code=TagErrorCode.DUPLICATE_TAG, field=["code"])
            tag = Tag(owner_division=owner, code=cmd.code, name=cmd.name, description=cmd.description or None,
                      value_type=cmd.value_type.value, allowed_values=values, applies_to=cmd.applies_to.value,
                      created_by=self.who.user_id)
            await repo.add(tag)
            uow.record("tag.create", "Tag", tag.id, label=tag.name, division_code=owner,
                       after=snapshot(tag, TAG_FIELDS))
            await uow.commit()
        return tag

    async def update(self, cmd: UpdateTag) -> Tag:
        """Renames a tag or changes its description or allowed values (values in use cannot be removed)."""
        _require(self.who, Scope.TAGS_WRITE)
        async with self.uow as uow:
            repo = uow.repo(TagRepository)
            tag = await self._writable(repo, cmd.tag_id, "id")
            before = snapshot(tag, TAG_FIELDS)
            if cmd.name is not None:
                tag.name = cmd.name
            if cmd.description is not None:
                tag.description = cmd.description or None
            if cmd.allowed_values is not None:
                if tag.value_type != TagValueType.ENUM:
                    raise TagError("只有枚举型标签可以设置可选值", code=TagErrorCode.INVALID_VALUE, field=["allowedValues"])
                values = list(dict.fromkeys(cmd.allowed_values))
                if not values:
                    raise TagError("枚举型标签必须提供可选值", code=TagErrorCode.ALLOWED_VALUES_REQUIRED,
                                   field=["allowedValues"])
                removed = [v for v in tag.allowed_values or [] if v not in values]
                if removed and (n := await repo.usage(tag.id, removed)):
                    raise TagError(f"可选值 {'、'.join(removed)} 仍被 {n} 个药品使用，不能删除",
                                   code=TagErrorCode.TAG_VALUE_IN_USE, field=["allowedValues"])
                tag.allowed_values = values
            after = snapshot(tag, TAG_FIELDS)
            if after == before:
                raise TagError("没有需要保存的修改", code=TagErrorCode.INVALID_VALUE)
            tag.updated_at = datetime.now(timezone.utc)
            uow.record("tag.update", "Tag", tag.id, label=tag.name, division_code=tag.owner_division,
                       before=before, after=after)
            await uow.commit()
        return tag

    async def delete(self, tag_id: int) -> int:
        """Deletes a tag and every value assigned with it."""
        _require(self.who, Scope.TAGS_WRITE)
        async with self.uow as uow:
            repo = uow.repo(TagRepository)
            tag = await self._writable(repo, tag_id, "id")
            used = await repo.usage(tag.id)
            uow.record("tag.delete", "Tag", tag.id, label=tag.name, division_code=tag.owner_division,
                       before={**snapshot(tag, TAG_FIELDS), "assignments": used})
            await repo.delete(tag)
            await uow.commit()
        return tag_id

    async def set_value(self, cmd: SetTagValue, target: TagTarget) -> Tag:
        """Sets (or replaces) a tag's value on a variety or a drug code."""
        _require(self.who, Scope.TAGS_WRITE)
        async with self.uow as uow:
            repo = uow.repo(TagRepository)
            tag = await self._writable(repo, cmd.tag_id)
            if tag.applies_to not in (target.value, TagTarget.BOTH.value):
                raise TagError("该标签不适用于此对象类型", code=TagErrorCode.WRONG_TARGET, field=["tagId"])
            value = normalise_tag_value(tag, cmd.value)
            label = await repo.target_label(target.value, cmd.target_id)
            if label is None:
                raise TagError("打标签的对象不存在", code=TagErrorCode.TARGET_NOT_FOUND, field=["targetId"])
            existing = await repo.value_for_update(target.value, cmd.target_id, tag.id)
            before = {"value": existing.value} if existing else None
            if existing is not None:
                if existing.value == value:
                    raise TagError("标签值没有变化", code=TagErrorCode.INVALID_VALUE, field=["value"])
                existing.value = value
            elif target == TagTarget.VARIETY:
                await repo.add(VarietyTag(variety_id=cmd.target_id, tag_id=tag.id, value=value))
            else:
                await repo.add(DrugTag(drug_code_id=cmd.target_id, tag_id=tag.id, value=value))
            entity = "Variety" if target == TagTarget.VARIETY else "DrugCode"
            uow.record("tag.assign", entity, cmd.target_id, label=f"{label} · {tag.name}",
                       division_code=tag.owner_division, before=before, after={"tag": tag.code, "value": value})
            await uow.commit()
        return tag

    async def remove_value(self, tag_id: int, target_id: int, target: TagTarget) -> Tag:
        """Removes a tag from a variety or a drug code."""
        _require(self.who, Scope.TAGS_WRITE)
        async with self.uow as uow:
            repo = uow.repo(TagRepository)
            tag = await self._writable(repo, tag_id)
            existing = await repo.value_for_update(target.value, target_id, tag.id)
            if existing is None:
                raise TagError("该对象没有这个标签", code=TagErrorCode.NOT_FOUND, field=["targetId"])
            entity = "Variety" if target == TagTarget.VARIETY else "DrugCode"
            uow.record("tag.unassign", entity, target_id, label=tag.name, division_code=tag.owner_division,
                       before={"tag": tag.code, "value": existing.value})
            await repo.delete(existing)
            await uow.commit()
        return tag
