"""Use cases of catalog versions (DRUG-01), their entries (DRUG-02) and their review workflow (DRUG-03, DRUG-04)."""
from __future__ import annotations

from datetime import datetime, timezone

from domain.audit.models import snapshot
from domain.catalog.access import CatalogAccess
from domain.catalog.commands import AddEntry, CreateVersion, EntryFields, ReuseVersion, UpdateVersion
from domain.catalog.errors import CatalogError, CatalogErrorCode
from domain.catalog.models import CATALOG_WORKFLOW, CatalogEntry, CatalogState, CatalogVersion
from domain.catalog.repository import CatalogRepository
from domain.drugs.codes import InvalidDrugCode, parse_drug_code
from domain.drugs.repository import DrugRepository
from domain.identity.repository import IdentityRepository
from domain.notifications.repository import NotificationRepository
from domain.shared.errors import Forbidden
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.shared.workflow import WorkflowError

VERSION = "CatalogVersion"
RESULTS = {"approve": "审核通过，已定稿", "reject": "被审核驳回，退回草稿", "cancel_finalisation": "已取消定稿，退回草稿",
           "publish": "已对外发布"}
ENTRY = "CatalogEntry"
TIMELINE_ACTIONS = ("catalog_version.create", *CATALOG_WORKFLOW.actions)


def require(who: Principal, scope: Scope) -> None:
    """Refuses a caller without the scope (the resolver checked it too: services are also called by jobs)."""
    if not who.has(scope):
        raise Forbidden("您没有此操作的权限", code="FORBIDDEN")


def _workflow_error(e: WorkflowError) -> CatalogError:
    return CatalogError(e.message, code=e.code, field=e.field, details=e.details)


def not_editable(v: CatalogVersion) -> CatalogError | None:
    """The error for changing a version that is no longer a draft, or None."""
    if v.editable:
        return None
    label = CATALOG_WORKFLOW.states.get(v.state, v.state)
    return CatalogError(f"版本处于「{label}」状态，只有草稿可以修改", code=CatalogErrorCode.NOT_EDITABLE,
                        details={"state": v.state})


async def own_version(repo: CatalogRepository, who: Principal, version_id: int, field: str = "id") -> CatalogVersion:
    """The version, locked, if the caller's bureau maintains it."""
    access = CatalogAccess.of(who)
    v = await repo.for_update(access, version_id)
    if v is None:
        raise CatalogError("目录版本不存在", code=CatalogErrorCode.NOT_FOUND, field=[field])
    if not access.maintains(v.owner_division):
        raise CatalogError("只能维护本级医保局的目录版本", code=CatalogErrorCode.NOT_OWNER, field=[field])
    return v


async def check_version_no(repo: CatalogRepository, owner: str, version_no: str) -> None:
    """Refuses a version number the bureau already uses."""
    if await repo.version_no_taken(owner, version_no):
        raise CatalogError(f"版本号 {version_no} 已存在", code=CatalogErrorCode.DUPLICATE_VERSION,
                           field=["versionNo"])


class CatalogService:
    """Catalog versions, entries and the review workflow; each method is one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def who(self) -> Principal:
        return self.uow.who

    async def _editable_version(self, repo: CatalogRepository, version_id: int, field: str = "id") -> CatalogVersion:
        v = await own_version(repo, self.who, version_id, field)
        if (e := not_editable(v)) is not None:
            raise e
        return v

    # --- versions ----------------------------------------------------------------------------

    async def create(self, cmd: CreateVersion) -> CatalogVersion:
        """Creates an empty draft version."""
        require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = uow.repo(CatalogRepository)
            await check_version_no(repo, self.who.division_code or "", cmd.version_no)
            v = await repo.add(CatalogVersion(
                owner_division=self.who.division_code, version_no=cmd.version_no, name=cmd.name,
                description=cmd.description, state=CatalogState.DRAFT, source="MANUAL", entry_count=0,
                created_by=self.who.user_id))
            uow.record("catalog_version.create", VERSION, v.id, label=v.version_no, division_code=v.owner_division,
                       after={**v.audit_view(), "source": "MANUAL"})
            await uow.commit()
        return v

    async def reuse(self, cmd: ReuseVersion) -> CatalogVersion:
        """Creates a draft version holding a copy of another version's entries (复用)."""
        require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = uow.repo(CatalogRepository)
            src = await repo.get(CatalogAccess.of(self.who), cmd.source_version_id)
            if src is None:
                raise CatalogError("被复用的目录版本不存在", code=CatalogErrorCode.NOT_FOUND, field=["sourceVersionId"])
            await check_version_no(repo, self.who.division_code or "", cmd.version_no)
            v = await repo.add(CatalogVersion(
                owner_division=self.who.division_code, version_no=cmd.version_no, name=cmd.name,
                description=cmd.description, state=CatalogState.DRAFT, source="REUSE", source_version_id=src.id,
                entry_count=0, created_by=self.who.user_id))
            await repo.copy_entries(src.id, v.id)
            v.entry_count = await repo.set_entry_count(v.id)
            await uow.session.refresh(v)
            uow.record("catalog_version.create", VERSION, v.id, label=v.version_no, division_code=v.owner_division,
                       after={**v.audit_view(), "source": "REUSE", "sourceVersionNo": src.version_no})
            await uow.commit()
        return v

    async def update(self, cmd: UpdateVersion) -> CatalogVersion:
        """Renames or re-describes a draft version."""
        require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            v = await self._editable_version(uow.repo(CatalogRepository), cmd.version_id)
            before = v.audit_view()
            if cmd.name is not None:
                v.name = cmd.name
            if cmd.description is not None:
                v.description = cmd.description or None
            if v.audit_view() == before:
                raise CatalogError("没有需要保存的修改", code=CatalogErrorCode.NOTHING_TO_CHANGE)
            uow.record("catalog_version.update", VERSION, v.id, label=v.version_no, division_code=v.owner_division,
                       before=before, after=v.audit_view())
            await uow.commit()
        return v

    async def delete(self, version_id: int) -> int:
        """Deletes a draft version and its entries."""
        require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = uow.repo(CatalogRepository)
            v = await self._editable_version(repo, version_id)
            uow.record("catalog_version.delete", VERSION, v.id, label=v.version_no, division_code=v.owner_division,
                       before=v.audit_view())
            await repo.delete_version(v.id)
            await uow.commit()
        return version_id

    async def transition(self, version_id: int, name: str, opinion: str | None) -> CatalogVersion:
        """Fires one workflow transition (submit, withdraw, approve, reject, cancel_finalisation, publish)."""
        async with self.uow as uow:
            v = await own_version(uow.repo(CatalogRepository), self.who, version_id)
            history = (await uow.audit.list_for_entities(VERSION, [str(v.id)], CATALOG_WORKFLOW.actions))[0]
            last = CATALOG_WORKFLOW.last_actors((h.action, h.actor_id) for h in history)
            try:
                t = CATALOG_WORKFLOW.check(name, v.state, self.who, last, opinion)
            except WorkflowError as e:
                raise _workflow_error(e) from e
            if name == "submit" and v.entry_count == 0:
                raise CatalogError("空版本不能提交审核：请先添加目录药品", code=CatalogErrorCode.EMPTY_VERSION)
            states = CATALOG_WORKFLOW.audit_states(name, v.state)
            v.state = t.target
            now = datetime.now(timezone.utc)
            if t.target == CatalogState.FINALISED:
                v.finalised_at = now
            elif t.target == CatalogState.PUBLISHED:
                v.published_at = now
            elif t.target == CatalogState.DRAFT:
                v.finalised_at = None
            v.updated_at = now
            uow.record(CATALOG_WORKFLOW.action(name), VERSION, v.id, label=v.version_no,
                       division_code=v.owner_division, **states,
                       opinion=(opinion or "").strip() or None)
            await self._notify_submitter(uow, v, name, last.get("submit"), opinion)
            await uow.commit()
        return v

    async def _notify_submitter(self, uow: UnitOfWork, v: CatalogVersion, name: str, submitter: int | None,
                                opinion: str | None) -> None:
        """SUP-01 结果通知: the submitter's bureau learns the outcome of its submission (approved, rejected, its
        finalisation cancelled, published)."""
        outcome = RESULTS.get(name)
        if outcome is None or submitter is None:
            return
        (user,) = await uow.repo(IdentityRepository).users_by_ids([submitter])
        if user is None or user.organisation_id is None:
            return
        reason = (opinion or "").strip()
        await uow.repo(NotificationRepository).add_many([(
            user.organisation_id, f"catalog_version.{name}", f"目录版本 {v.version_no}「{v.name}」{outcome}",
            f"意见：{reason}" if reason else f"{self.who.display_name or self.who.username} 于审核流程中操作。",
            VERSION, str(v.id))])

    # --- entries -----------------------------------------------------------------------------

    async def add_entry(self, cmd: AddEntry) -> CatalogEntry:
        """Adds a drug code to a draft version."""
        require(self.who, Scope.CATALOG_WRITE)
        try:
            parts = parse_drug_code(cmd.drug_code, field=["drugCode"])
        except InvalidDrugCode as e:
            raise CatalogError(e.message, code=CatalogErrorCode.INVALID_DRUG_CODE, field=e.field,
                               details=e.details) from e
        async with self.uow as uow:
            repo = uow.repo(CatalogRepository)
            v = await self._editable_version(repo, cmd.version_id)
            drug = await uow.repo(DrugRepository).get_by_code(parts.code)
            if drug is None:
                raise CatalogError(f"药品代码 {parts.code} 不在药品主数据中", code=CatalogErrorCode.DRUG_NOT_FOUND,
                                   field=["drugCode"])
            if await repo.entry_exists(v.id, drug.id):
                raise CatalogError(f"药品代码 {parts.code} 已在此版本中", code=CatalogErrorCode.DUPLICATE_ENTRY,
                                   field=["drugCode"])
            e = await repo.add(CatalogEntry(
                version_id=v.id, drug_code_id=drug.id, catalog_no=cmd.catalog_no or None,
                reimbursement_class=cmd.reimbursement_class.value,
                insurance_name=cmd.insurance_name or drug.generic_name,
                insurance_form=cmd.insurance_form or drug.registered_form,
                restriction=cmd.restriction or None, remark=cmd.remark or None))
            v.entry_count += 1
            v.updated_at = datetime.now(timezone.utc)
            uow.record("catalog_entry.add", ENTRY, e.id, label=f"{v.version_no} · {parts.code}",
                       division_code=v.owner_division,
                       after={"drugCode": parts.code, **snapshot(e, CatalogEntry.AUDIT_FIELDS)})
            await uow.commit()
        return e

    async def _entry(self, repo: CatalogRepository, entry_id: int) -> tuple[CatalogEntry, CatalogVersion]:
        found = await repo.entry(CatalogAccess.of(self.who), entry_id)
        if found is None:
            raise CatalogError("目录条目不存在", code=CatalogErrorCode.NOT_FOUND, field=["id"])
        v = await self._editable_version(repo, found.version_id)
        e = await repo.entry_for_update(entry_id)
        if e is None:  # deleted since it was read
            raise CatalogError("目录条目不存在", code=CatalogErrorCode.NOT_FOUND, field=["id"])
        return e, v

    async def update_entry(self, entry_id: int, patch: EntryFields) -> CatalogEntry:
        """Changes the catalog attributes of an entry in a draft version."""
        require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            e, v = await self._entry(uow.repo(CatalogRepository), entry_id)
            before = snapshot(e, CatalogEntry.AUDIT_FIELDS)
            for f in patch.model_fields_set:
                value = getattr(patch, f)
                if f == "reimbursement_class":
                    if value is None:
                        raise CatalogError("甲乙类不能为空", code=CatalogErrorCode.REQUIRED, field=["reimbursementClass"])
                    value = value.value
                if f == "insurance_name" and not value:
                    raise CatalogError("医保药品名称不能为空", code=CatalogErrorCode.REQUIRED, field=["insuranceName"])
                setattr(e, f, value if value != "" else None)
            after = snapshot(e, CatalogEntry.AUDIT_FIELDS)
            changed = {k for k in after if after[k] != before[k]}
            if not changed:
                raise CatalogError("没有需要保存的修改", code=CatalogErrorCode.NOTHING_TO_CHANGE)
            e.updated_at = datetime.now(timezone.utc)
            uow.record("catalog_entry.update", ENTRY, e.id, label=f"{v.version_no} · {e.drug_code_id}",
                       division_code=v.owner_division, before={k: before[k] for k in changed},
                       after={k: after[k] for k in changed})
            await uow.commit()
        return e

    async def delete_entry(self, entry_id: int) -> CatalogVersion:
        """Removes an entry from a draft version; returns the version."""
        require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = uow.repo(CatalogRepository)
            e, v = await self._entry(repo, entry_id)
            uow.record("catalog_entry.delete", ENTRY, e.id, label=f"{v.version_no} · {e.drug_code_id}",
                       division_code=v.owner_division, before=snapshot(e, CatalogEntry.AUDIT_FIELDS))
            await repo.delete_entry(e)
            v.entry_count -= 1
            v.updated_at = datetime.now(timezone.utc)
            await uow.commit()
        return v
