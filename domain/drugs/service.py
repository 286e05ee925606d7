"""Use cases of the drugs domain: catalog versions and their workflow, entries, imports, tags, archives."""
from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import insert

from domain.audit.models import AuditEntry, snapshot
from domain.audit.repository import AuditRepository
from domain.drugs.access import CatalogAccess, TagAccess
from domain.drugs.codes import InvalidDrugCode, dictionary_form_code, initials, parse_drug_code
from domain.drugs.commands import (AddEntry, CreateTag, CreateVersion, EntryFields, ReuseVersion, SetTagValue,
                                   StartImport, UpdateManufacturer, UpdatePackageInsert, UpdateTag, UpdateVersion)
from domain.drugs.errors import CatalogError, CatalogErrorCode, DrugErrorCode, TagError, TagErrorCode
from domain.drugs.importer import CatalogRow, FileError, RowChecker, detect_format, read_rows
from domain.drugs.models import (CATALOG_WORKFLOW, CatalogEntry, CatalogImport, CatalogState, CatalogVersion,
                                 DrugCode, DrugTag, ErrorPolicy, ImportState, Manufacturer, PackageInsert, Tag,
                                 TagTarget, TagValueType, Variety, VarietyTag)
from domain.drugs.repository import CatalogRepository, DrugRepository
from domain.identity.repository import principal_of
from domain.shared.config import SHANGHAI, Settings
from domain.shared.errors import DomainError, Forbidden, NotFound
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.shared.workflow import WorkflowError

log = logging.getLogger(__name__)

VERSION = "CatalogVersion"
ENTRY = "CatalogEntry"
TIMELINE_ACTIONS = ("catalog_version.create", *CATALOG_WORKFLOW.actions)


def _require(who: Principal, scope: Scope) -> None:
    if not who.has(scope):
        raise Forbidden("您没有此操作的权限", code="FORBIDDEN")


def _workflow_error(e: WorkflowError) -> CatalogError:
    return CatalogError(e.message, code=e.code, field=e.field, details=e.details)


class CatalogService:
    """Catalog versions (DRUG-01), their entries (DRUG-02) and review workflow (DRUG-03, DRUG-04)."""

    def __init__(self, uow: UnitOfWork, settings: Settings) -> None:
        self.uow = uow
        self.settings = settings

    @property
    def who(self) -> Principal:
        return self.uow.who

    async def _own_version(self, repo: CatalogRepository, version_id: int) -> CatalogVersion:
        v = await repo.get(CatalogAccess.of(self.who), version_id, for_update=True)
        if v is None:
            raise CatalogError("目录版本不存在", code=CatalogErrorCode.NOT_FOUND, field=["id"])
        if not self.who.area.covers(v.owner_division):
            raise CatalogError("只能维护本级医保局的目录版本", code=CatalogErrorCode.NOT_OWNER, field=["id"])
        return v

    @staticmethod
    def _editable(v: CatalogVersion) -> None:
        if not v.editable:
            label = CATALOG_WORKFLOW.states.get(v.state, v.state)
            raise CatalogError(f"版本处于「{label}」状态，只有草稿可以修改", code=CatalogErrorCode.NOT_EDITABLE,
                               details={"state": v.state})

    async def _check_version_no(self, repo: CatalogRepository, version_no: str) -> None:
        if await repo.version_no_taken(self.who.division_code or "", version_no):
            raise CatalogError(f"版本号 {version_no} 已存在", code=CatalogErrorCode.DUPLICATE_VERSION,
                               field=["versionNo"])

    # --- versions ----------------------------------------------------------------------------

    async def create(self, cmd: CreateVersion) -> CatalogVersion:
        """Creates an empty draft version."""
        _require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            await self._check_version_no(repo, cmd.version_no)
            v = CatalogVersion(owner_division=self.who.division_code, version_no=cmd.version_no, name=cmd.name,
                               description=cmd.description, state=CatalogState.DRAFT, source="MANUAL",
                               entry_count=0, created_by=self.who.user_id)
            uow.session.add(v)
            await uow.session.flush()
            uow.record("catalog_version.create", VERSION, v.id, label=v.version_no, division_code=v.owner_division,
                       after={**v.audit_view(), "source": "MANUAL"})
            await uow.commit()
        return v

    async def reuse(self, cmd: ReuseVersion) -> CatalogVersion:
        """Creates a draft version holding a copy of another version's entries (复用)."""
        _require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            src = await repo.get(CatalogAccess.of(self.who), cmd.source_version_id)
            if src is None:
                raise CatalogError("被复用的目录版本不存在", code=CatalogErrorCode.NOT_FOUND, field=["sourceVersionId"])
            await self._check_version_no(repo, cmd.version_no)
            v = CatalogVersion(owner_division=self.who.division_code, version_no=cmd.version_no, name=cmd.name,
                               description=cmd.description, state=CatalogState.DRAFT, source="REUSE",
                               source_version_id=src.id, entry_count=0, created_by=self.who.user_id)
            uow.session.add(v)
            await uow.session.flush()
            await repo.copy_entries(src.id, v.id)
            v.entry_count = await repo.set_entry_count(v.id)
            await uow.session.refresh(v)
            uow.record("catalog_version.create", VERSION, v.id, label=v.version_no, division_code=v.owner_division,
                       after={**v.audit_view(), "source": "REUSE", "sourceVersionNo": src.version_no})
            await uow.commit()
        return v

    async def update(self, cmd: UpdateVersion) -> CatalogVersion:
        """Renames or re-describes a draft version."""
        _require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            v = await self._own_version(repo, cmd.version_id)
            self._editable(v)
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
        _require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            v = await self._own_version(repo, version_id)
            self._editable(v)
            uow.record("catalog_version.delete", VERSION, v.id, label=v.version_no, division_code=v.owner_division,
                       before=v.audit_view())
            await repo.delete_version(v.id)
            await uow.commit()
        return version_id

    async def transition(self, version_id: int, name: str, opinion: str | None) -> CatalogVersion:
        """Fires one workflow transition (submit, withdraw, approve, reject, cancel_finalisation, publish)."""
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            v = await self._own_version(repo, version_id)
            history = (await uow.audit.list_for_entities(VERSION, [str(v.id)], CATALOG_WORKFLOW.actions))[0]
            last = CATALOG_WORKFLOW.last_actors((h.action, h.actor_id) for h in history)
            try:
                t = CATALOG_WORKFLOW.check(name, v.state, self.who, last, opinion)
            except WorkflowError as e:
                raise _workflow_error(e) from e
            if name == "submit" and v.entry_count == 0:
                raise CatalogError("空版本不能提交审核：请先添加目录药品", code=CatalogErrorCode.EMPTY_VERSION)
            before = v.state
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
                       division_code=v.owner_division, before={"state": before}, after={"state": v.state},
                       opinion=(opinion or "").strip() or None)
            await uow.commit()
        return v

    # --- entries -----------------------------------------------------------------------------

    async def add_entry(self, cmd: AddEntry) -> CatalogEntry:
        """Adds a drug code to a draft version."""
        _require(self.who, Scope.CATALOG_WRITE)
        try:
            parts = parse_drug_code(cmd.drug_code, field=["drugCode"])
        except InvalidDrugCode as e:
            raise CatalogError(e.message, code=CatalogErrorCode.INVALID_DRUG_CODE, field=e.field,
                               details=e.details) from e
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            v = await self._own_version(repo, cmd.version_id)
            self._editable(v)
            drug = await DrugRepository(uow.session).get_by_code(parts.code)
            if drug is None:
                raise CatalogError(f"药品代码 {parts.code} 不在药品主数据中", code=CatalogErrorCode.DRUG_NOT_FOUND,
                                   field=["drugCode"])
            if await repo.entry_exists(v.id, drug.id):
                raise CatalogError(f"药品代码 {parts.code} 已在此版本中", code=CatalogErrorCode.DUPLICATE_ENTRY,
                                   field=["drugCode"])
            e = CatalogEntry(version_id=v.id, drug_code_id=drug.id, catalog_no=cmd.catalog_no or None,
                             reimbursement_class=cmd.reimbursement_class.value,
                             insurance_name=cmd.insurance_name or drug.generic_name,
                             insurance_form=cmd.insurance_form or drug.registered_form,
                             restriction=cmd.restriction or None, remark=cmd.remark or None)
            uow.session.add(e)
            v.entry_count += 1
            v.updated_at = datetime.now(timezone.utc)
            await uow.session.flush()
            uow.record("catalog_entry.add", ENTRY, e.id, label=f"{v.version_no} · {parts.code}",
                       division_code=v.owner_division,
                       after={"drugCode": parts.code, **snapshot(e, CatalogEntry.AUDIT_FIELDS)})
            await uow.commit()
        return e

    async def update_entry(self, entry_id: int, patch: EntryFields) -> CatalogEntry:
        """Changes the catalog attributes of an entry in a draft version."""
        _require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            e = await repo.entry(entry_id)
            if e is None:
                raise CatalogError("目录条目不存在", code=CatalogErrorCode.NOT_FOUND, field=["id"])
            v = await self._own_version(repo, e.version_id)
            self._editable(v)
            e = await repo.entry_for_update(entry_id)
            assert e is not None
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
        _require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            e = await repo.entry(entry_id)
            if e is None:
                raise CatalogError("目录条目不存在", code=CatalogErrorCode.NOT_FOUND, field=["id"])
            v = await self._own_version(repo, e.version_id)
            self._editable(v)
            uow.record("catalog_entry.delete", ENTRY, e.id, label=f"{v.version_no} · {e.drug_code_id}",
                       division_code=v.owner_division, before=snapshot(e, CatalogEntry.AUDIT_FIELDS))
            await uow.session.delete(e)
            v.entry_count -= 1
            v.updated_at = datetime.now(timezone.utc)
            await uow.commit()
        return v

    # --- imports -----------------------------------------------------------------------------

    async def start_import(self, cmd: StartImport, content: bytes) -> CatalogImport:
        """Stores a national catalog file and queues the job that checks and imports it."""
        _require(self.who, Scope.CATALOG_WRITE)
        if not content:
            raise CatalogError("文件为空", code=CatalogErrorCode.EMPTY_FILE, field=["file"])
        if len(content) > self.settings.max_upload_bytes:
            raise CatalogError(f"文件超过 {self.settings.max_upload_bytes // (1024 * 1024)} MB 上限",
                               code=CatalogErrorCode.FILE_TOO_LARGE, field=["file"])
        try:
            fmt = detect_format(cmd.file_name, content)
            read_rows(fmt, content)  # fails fast on an unreadable file or a missing column
        except FileError as e:
            raise CatalogError(e.message, code=e.code, field=["file"]) from e
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            if cmd.target_version_id is not None:
                v = await self._own_version(repo, cmd.target_version_id)
                self._editable(v)
            else:
                missing = [f for f, val in (("versionNo", cmd.version_no), ("name", cmd.name)) if not val]
                if missing:
                    raise CatalogError("新建版本需要填写版本号和名称", code=CatalogErrorCode.REQUIRED, field=[missing[0]])
                await self._check_version_no(repo, cmd.version_no or "")
            imp = CatalogImport(owner_division=self.who.division_code, requested_by=self.who.user_id,
                                file_name=cmd.file_name, file_format=fmt, file_size=len(content),
                                file_content=content, on_errors=cmd.on_errors.value,
                                target_version_id=cmd.target_version_id, version_no=cmd.version_no,
                                version_name=cmd.name, version_description=cmd.description,
                                state=ImportState.QUEUED, processed_rows=0, valid_rows=0, error_rows=0,
                                imported_rows=0, new_drug_codes=0)
            uow.session.add(imp)
            await uow.session.flush()
            uow.enqueue("process_catalog_import", imp.id)
            uow.record("catalog_import.start", "CatalogImport", imp.id, label=cmd.file_name,
                       division_code=imp.owner_division,
                       after={"fileName": cmd.file_name, "format": fmt, "size": len(content),
                              "onErrors": cmd.on_errors.value, "versionNo": cmd.version_no,
                              "targetVersionId": cmd.target_version_id})
            await uow.commit()
        return imp

    async def retry_import(self, import_id: int, on_errors: ErrorPolicy) -> CatalogImport:
        """Runs a failed import's file again, e.g. choosing to import only the valid rows."""
        _require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = CatalogRepository(uow.session)
            old = await repo.import_(CatalogAccess.of(self.who), import_id)
            if old is None:
                raise CatalogError("导入任务不存在", code=CatalogErrorCode.NOT_FOUND, field=["importId"])
            if old.state != ImportState.FAILED:
                raise CatalogError("只有失败的导入可以重新执行", code=CatalogErrorCode.IMPORT_NOT_RETRYABLE,
                                   field=["importId"])
            content = await repo.import_file(old.id)
            imp = CatalogImport(owner_division=old.owner_division, requested_by=self.who.user_id,
                                file_name=old.file_name, file_format=old.file_format, file_size=old.file_size,
                                file_content=content, on_errors=on_errors.value,
                                target_version_id=old.target_version_id, version_no=old.version_no,
                                version_name=old.version_name, version_description=old.version_description,
                                state=ImportState.QUEUED, processed_rows=0, valid_rows=0, error_rows=0,
                                imported_rows=0, new_drug_codes=0, retry_of=old.id)
            uow.session.add(imp)
            await uow.session.flush()
            uow.enqueue("process_catalog_import", imp.id)
            uow.record("catalog_import.retry", "CatalogImport", imp.id, label=old.file_name,
                       division_code=imp.owner_division, after={"retryOf": old.id, "onErrors": on_errors.value})
            await uow.commit()
        return imp


ERROR_CAP = 50_000
CHUNK = 1000


@dataclass
class _Tally:
    processed: int = 0
    valid: int = 0
    error_rows: int = 0
    stored_errors: int = 0


class ImportJob:
    """The background half of an import: check every row, then create the version in one transaction."""

    def __init__(self, db_sessions: Any, queue: Any = None) -> None:
        self.sessions = db_sessions
        self.queue = queue

    def _uow(self, who: Principal | None = None) -> UnitOfWork:
        return UnitOfWork(self.sessions, who or Principal.system("import-job"), self.queue)

    async def run(self, import_id: int) -> str:
        """Processes one import; safe to run twice (the second run finds it claimed or finished)."""
        async with self._uow() as uow:
            imp = await CatalogRepository(uow.session).claim_import(
                import_id, stale_before=datetime.now(timezone.utc) - timedelta(minutes=2))
            await uow.commit()
        if imp is None:
            return "skipped"
        async with self._uow() as uow:
            content = await CatalogRepository(uow.session).import_file(import_id)
            requester = await principal_of(uow.session, imp.requested_by)
        try:
            estimate, rows = read_rows(imp.file_format, content)
        except FileError as e:
            await self._fail(imp, e.code, e.message, requester)
            return "failed"
        await self._progress(import_id, [], _Tally(), total_rows=estimate)
        target_drugs: set[str] = set()
        if imp.target_version_id is not None:
            async with self._uow() as uow:
                target_drugs = await self._codes_in_version(uow, imp.target_version_id)
        checker = RowChecker()
        tally = _Tally()
        valid: list[CatalogRow] = []
        chunk: list[tuple[int, dict[str, Any]]] = []
        for item in rows:
            chunk.append(item)
            if len(chunk) >= CHUNK:
                await self._check_chunk(imp, chunk, checker, tally, valid, target_drugs)
                chunk = []
        if chunk:
            await self._check_chunk(imp, chunk, checker, tally, valid, target_drugs)
        await self._progress(import_id, [], tally, total_rows=tally.processed)
        if tally.processed == 0:
            await self._fail(imp, CatalogErrorCode.EMPTY_FILE, "文件中没有数据行", requester)
            return "failed"
        if tally.error_rows and imp.on_errors == ErrorPolicy.REJECT_FILE:
            await self._fail(imp, "ROWS_INVALID",
                             f"{tally.error_rows} 行存在错误，未导入任何数据；请修正文件后重新上传，或选择“仅导入正确的行”",
                             requester)
            return "failed"
        if not valid:
            await self._fail(imp, "NO_VALID_ROWS", "没有可以导入的正确数据行", requester)
            return "failed"
        try:
            await self._commit(imp, valid, requester)
        except CatalogError as e:
            await self._fail(imp, e.code, e.message, requester)
            return "failed"
        return "succeeded"

    async def _codes_in_version(self, uow: UnitOfWork, version_id: int) -> set[str]:
        from sqlalchemy import select

        rows = await uow.session.scalars(select(DrugCode.code).join(CatalogEntry, CatalogEntry.drug_code_id == DrugCode.id)
                                         .where(CatalogEntry.version_id == version_id))
        return set(rows.all())

    async def _check_chunk(self, imp: CatalogImport, chunk: list[tuple[int, dict[str, Any]]], checker: RowChecker,
                           tally: _Tally, valid: list[CatalogRow], target_drugs: set[str]) -> None:
        errors: list[dict[str, Any]] = []
        parsed: list[CatalogRow] = []
        for row_no, raw in chunk:
            row, errs = checker.check(row_no, raw)
            if row is not None:
                parsed.append(row)
            else:
                tally.error_rows += 1
                errors.extend(self._error_dicts(imp.id, errs))
        async with self._uow() as uow:
            known = await DrugRepository(uow.session).existing_codes([r.code for r in parsed])
        for row in parsed:
            problems = []
            if row.code not in known and not row.get("manufacturer"):
                problems.append(("药品企业", "MISSING_VALUE", "该药品代码不在主数据中，需填写「药品企业」以新建主数据"))
            if row.code in target_drugs:
                problems.append(("药品代码", "DUPLICATE_IN_VERSION", "药品代码已在目标版本中"))
            if problems:
                tally.error_rows += 1
                errors.extend({"import_id": imp.id, "row_no": row.row_no, "column_name": c, "code": code,
                               "message": m, "value": row.code} for c, code, m in problems)
            else:
                valid.append(row)
                tally.valid += 1
        tally.processed += len(chunk)
        await self._progress(imp.id, errors, tally)

    @staticmethod
    def _error_dicts(import_id: int, errs: Iterable[Any]) -> list[dict[str, Any]]:
        return [{"import_id": import_id, "row_no": e.row_no, "column_name": e.column, "code": e.code,
                 "message": e.message, "value": e.value} for e in errs]

    async def _progress(self, import_id: int, errors: list[dict[str, Any]], tally: _Tally, **extra: Any) -> None:
        async with self._uow() as uow:
            repo = CatalogRepository(uow.session)
            room = max(ERROR_CAP - tally.stored_errors, 0)
            if errors and room:
                await repo.add_import_errors(errors[:room])
                tally.stored_errors += min(len(errors), room)
            await repo.progress(import_id, processed_rows=tally.processed, valid_rows=tally.valid,
                                error_rows=tally.error_rows, **extra)
            await uow.commit()

    async def _fail(self, imp: CatalogImport, code: str, message: str, requester: Principal) -> None:
        async with self._uow(requester) as uow:
            repo = CatalogRepository(uow.session)
            await repo.progress(imp.id, state=ImportState.FAILED, failure_code=str(code), failure_message=message,
                                finished_at=datetime.now(timezone.utc))
            uow.record("catalog_import.fail", "CatalogImport", imp.id, label=imp.file_name,
                       division_code=imp.owner_division, after={"code": str(code), "message": message})
            await uow.commit()

    async def _commit(self, imp: CatalogImport, rows: list[CatalogRow], who: Principal) -> None:
        async with self._uow(who) as uow:
            repo = CatalogRepository(uow.session)
            locked = await repo.lock_import(imp.id)
            if locked is None or locked.state != ImportState.RUNNING:
                return
            if imp.target_version_id is not None:
                v = await repo.get(CatalogAccess(None, None), imp.target_version_id, for_update=True)
                if v is None:
                    raise CatalogError("目标版本已被删除", code=CatalogErrorCode.NOT_FOUND)
                if v.state != CatalogState.DRAFT:
                    raise CatalogError("目标版本已不是草稿，不能导入", code=CatalogErrorCode.NOT_EDITABLE)
                created = False
            else:
                if await repo.version_no_taken(imp.owner_division, imp.version_no or ""):
                    raise CatalogError(f"版本号 {imp.version_no} 已存在", code=CatalogErrorCode.DUPLICATE_VERSION)
                v = CatalogVersion(owner_division=imp.owner_division, version_no=imp.version_no,
                                   name=imp.version_name, description=imp.version_description,
                                   state=CatalogState.DRAFT, source="IMPORT", entry_count=0,
                                   created_by=imp.requested_by)
                uow.session.add(v)
                await uow.session.flush()
                created = True
            ids, new_codes = await MasterData(uow.session, uow.audit, who).ensure(rows, imp.owner_division)
            await repo.add_entries([{
                "version_id": v.id, "drug_code_id": ids[r.code], "catalog_no": r.get("catalog_no"),
                "reimbursement_class": r.reimbursement_class, "insurance_name": r.get("insurance_name"),
                "insurance_form": r.get("insurance_form") or r.get("registered_form"),
                "restriction": r.get("restriction"), "remark": None} for r in rows])
            count = await repo.set_entry_count(v.id)
            summary = {"importId": imp.id, "fileName": imp.file_name, "rows": len(rows), "newDrugCodes": new_codes}
            if created:
                uow.record("catalog_version.create", VERSION, v.id, label=v.version_no,
                           division_code=v.owner_division,
                           after={"versionNo": v.version_no, "name": v.name, "state": v.state, "entryCount": count,
                                  "source": "IMPORT", **summary})
            else:
                uow.record("catalog_version.import_entries", VERSION, v.id, label=v.version_no,
                           division_code=v.owner_division, after={"entryCount": count, **summary})
            await repo.progress(imp.id, state=ImportState.SUCCEEDED, version_id=v.id, imported_rows=len(rows),
                                new_drug_codes=new_codes, finished_at=datetime.now(timezone.utc))
            await uow.commit()


class MasterData:
    """Creates the drug master data (varieties, manufacturers, drug codes) that catalog rows refer to (DRUG-07)."""

    def __init__(self, session: Any, audit: AuditRepository, who: Principal) -> None:
        self.session = session
        self.audit = audit
        self.who = who
        self.repo = DrugRepository(session)

    async def ensure(self, rows: list[CatalogRow], division: str) -> tuple[dict[str, int], int]:
        """Returns code → drug id for every row, creating what master data does not yet hold."""
        ids: dict[str, int] = {}
        for i in range(0, len(rows), 5000):
            ids.update(await self.repo.existing_codes([r.code for r in rows[i:i + 5000]]))
        new = [r for r in rows if r.code not in ids]
        if not new:
            return ids, 0
        prefixes = sorted({r.parts.variety_prefix for r in new})
        varieties = await self.repo.varieties_by_prefix(prefixes)
        for r in new:
            p = r.parts.variety_prefix
            if p not in varieties:
                name = r.get("insurance_name") or r.get("registered_name") or ""
                v = Variety(code_prefix=p, type=r.parts.type, class_code=r.parts.class_code,
                            name_code=r.parts.name_code, generic_name=name, initials=initials(name), synthetic=False)
                self.session.add(v)
                varieties[p] = v
        ent_codes = sorted({r.parts.enterprise_code for r in new})
        makers = await self.repo.manufacturers_by_code(ent_codes)
        for r in new:
            e = r.parts.enterprise_code
            if e not in makers:
                m = Manufacturer(code=e, name=r.get("manufacturer") or f"企业 {e}", synthetic=False)
                self.session.add(m)
                makers[e] = m
        await self.session.flush()
        payload = []
        for r in new:
            v = varieties[r.parts.variety_prefix]
            d = DrugCode(code=r.code, type=r.parts.type, class_code=r.parts.class_code, variety_id=v.id,
                         form_code=dictionary_form_code(r.parts),
                         manufacturer_id=makers[r.parts.enterprise_code].id, generic_name=v.generic_name,
                         trade_name=r.get("trade_name"), registered_name=r.get("registered_name") or v.generic_name,
                         registered_form=r.get("registered_form"), spec=r.get("spec"), packaging=r.get("packaging"),
                         packaging_material=r.get("packaging_material"), min_pack_qty=r.min_pack_qty,
                         min_prep_unit=r.get("min_prep_unit"), min_pack_unit=r.get("min_pack_unit"),
                         approval_no=r.get("approval_no"), standard_code=r.get("standard_code"),
                         market_status=r.get("market_status"), license_holder=r.get("license_holder"),
                         synthetic=False)
            d.refresh_search()
            payload.append({c: getattr(d, c) for c in DRUG_INSERT_COLUMNS})
        for i in range(0, len(payload), 2000):
            result = await self.session.execute(insert(DrugCode).returning(DrugCode.code, DrugCode.id),
                                                payload[i:i + 2000])
            ids.update({c: n for c, n in result.all()})
        await self.audit.record_many(self.who, "drug_code.create", "DrugCode",
                                     [(ids[r.code], r.code, {"code": r.code, "registeredName": r.get("registered_name"),
                                                             "source": "IMPORT"}) for r in new],
                                     division_code=division)
        return ids, len(new)


DRUG_INSERT_COLUMNS = ("code", "type", "class_code", "variety_id", "form_code", "manufacturer_id", "generic_name",
                       "trade_name", "registered_name", "registered_form", "spec", "packaging", "packaging_material",
                       "min_pack_qty", "min_prep_unit", "min_pack_unit", "approval_no", "standard_code",
                       "market_status", "license_holder", "search_text", "generic_initials", "trade_initials",
                       "synthetic")


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

    async def _writable(self, repo: DrugRepository, tag_id: int, field: str = "tagId") -> Tag:
        access = TagAccess.of(self.who)
        tag = await repo.tag(access, tag_id, for_update=True)
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
            repo = DrugRepository(uow.session)
            owner = self.who.division_code or ""
            if await repo.tag_code_exists(owner, cmd.code):
                raise TagError(f"标签编码 {cmd.code} 已存在", code=TagErrorCode.DUPLICATE_TAG, field=["code"])
            tag = Tag(owner_division=owner, code=cmd.code, name=cmd.name, description=cmd.description or None,
                      value_type=cmd.value_type.value, allowed_values=values, applies_to=cmd.applies_to.value,
                      created_by=self.who.user_id)
            uow.session.add(tag)
            await uow.session.flush()
            uow.record("tag.create", "Tag", tag.id, label=tag.name, division_code=owner,
                       after=snapshot(tag, TAG_FIELDS))
            await uow.commit()
        return tag

    async def update(self, cmd: UpdateTag) -> Tag:
        """Renames a tag or changes its description or allowed values (values in use cannot be removed)."""
        _require(self.who, Scope.TAGS_WRITE)
        async with self.uow as uow:
            repo = DrugRepository(uow.session)
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
                if removed and (n := await repo.tag_usage(tag.id, removed)):
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
            repo = DrugRepository(uow.session)
            tag = await self._writable(repo, tag_id, "id")
            used = await repo.tag_usage(tag.id)
            uow.record("tag.delete", "Tag", tag.id, label=tag.name, division_code=tag.owner_division,
                       before={**snapshot(tag, TAG_FIELDS), "assignments": used})
            await uow.session.delete(tag)
            await uow.commit()
        return tag_id

    async def set_value(self, cmd: SetTagValue, target: TagTarget) -> Tag:
        """Sets (or replaces) a tag's value on a variety or a drug code."""
        _require(self.who, Scope.TAGS_WRITE)
        async with self.uow as uow:
            repo = DrugRepository(uow.session)
            tag = await self._writable(repo, cmd.tag_id)
            if tag.applies_to not in (target.value, TagTarget.BOTH.value):
                raise TagError("该标签不适用于此对象类型", code=TagErrorCode.WRONG_TARGET, field=["tagId"])
            value = normalise_tag_value(tag, cmd.value)
            if target == TagTarget.VARIETY:
                (obj,) = await repo.varieties([cmd.target_id])
                existing = await repo.get_variety_tag(cmd.target_id, tag.id) if obj else None
                label = obj.generic_name if obj else ""
            else:
                (obj,) = await repo.get_many([cmd.target_id])
                existing = await repo.get_drug_tag(cmd.target_id, tag.id) if obj else None
                label = obj.code if obj else ""
            if obj is None:
                raise TagError("打标签的对象不存在", code=TagErrorCode.TARGET_NOT_FOUND, field=["targetId"])
            before = {"value": existing.value} if existing else None
            if existing is not None:
                if existing.value == value:
                    raise TagError("标签值没有变化", code=TagErrorCode.INVALID_VALUE, field=["value"])
                existing.value = value
            elif target == TagTarget.VARIETY:
                uow.session.add(VarietyTag(variety_id=cmd.target_id, tag_id=tag.id, value=value))
            else:
                uow.session.add(DrugTag(drug_code_id=cmd.target_id, tag_id=tag.id, value=value))
            entity = "Variety" if target == TagTarget.VARIETY else "DrugCode"
            uow.record("tag.assign", entity, cmd.target_id, label=f"{label} · {tag.name}",
                       division_code=tag.owner_division, before=before, after={"tag": tag.code, "value": value})
            await uow.commit()
        return tag

    async def remove_value(self, tag_id: int, target_id: int, target: TagTarget) -> Tag:
        """Removes a tag from a variety or a drug code."""
        _require(self.who, Scope.TAGS_WRITE)
        async with self.uow as uow:
            repo = DrugRepository(uow.session)
            tag = await self._writable(repo, tag_id)
            existing = (await repo.get_variety_tag(target_id, tag.id) if target == TagTarget.VARIETY
                        else await repo.get_drug_tag(target_id, tag.id))
            if existing is None:
                raise TagError("该对象没有这个标签", code=TagErrorCode.NOT_FOUND, field=["targetId"])
            entity = "Variety" if target == TagTarget.VARIETY else "DrugCode"
            uow.record("tag.unassign", entity, target_id, label=tag.name, division_code=tag.owner_division,
                       before={"tag": tag.code, "value": existing.value})
            await uow.session.delete(existing)
            await uow.commit()
        return tag


INSERT_FIELDS = ("dosage", "frequency", "method", "indications", "shelf_life_months")


class DrugService:
    """Maintenance of the one-drug-one-file archive sections (DRUG-19…21)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def update_package_insert(self, cmd: UpdatePackageInsert) -> DrugCode:
        """Writes the package-insert section of a drug's archive."""
        who = self.uow.who
        _require(who, Scope.DRUGS_WRITE)
        async with self.uow as uow:
            repo = DrugRepository(uow.session)
            drug = await repo.lock_drug(cmd.drug_id)
            if drug is None:
                raise DomainError("药品不存在", code=DrugErrorCode.NOT_FOUND, field=["drugId"])
            insert_row = await repo.package_insert_for_update(drug.id)
            created = insert_row is None
            if insert_row is None:
                insert_row = PackageInsert(drug_code_id=drug.id, synthetic=False)
                uow.session.add(insert_row)
            before = None if created else snapshot(insert_row, INSERT_FIELDS)
            for f in cmd.model_fields_set - {"drug_id"}:
                value = getattr(cmd, f)
                setattr(insert_row, f, value if value != "" else None)
            after = snapshot(insert_row, INSERT_FIELDS)
            if before == after:
                raise DomainError("没有需要保存的修改", code=DrugErrorCode.NOTHING_TO_CHANGE)
            insert_row.synthetic = False
            drug.updated_at = datetime.now(timezone.utc)
            uow.record("drug_code.update_insert", "DrugCode", drug.id, label=drug.code,
                       division_code=who.division_code, before=before, after=after)
            await uow.commit()
        return drug


MANUFACTURER_FIELDS = ("address", "contact_name", "contact_phone", "credit_code")


class ManufacturerService:
    """Upkeep of a manufacturer's production-enterprise information (DRUG-22) by master-data maintainers."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def update(self, cmd: UpdateManufacturer) -> Manufacturer:
        """Changes the given fields (an empty string clears one); the credit code must pass its check character."""
        from domain.supply.codes import check_credit_code

        who = self.uow.who
        _require(who, Scope.DRUGS_WRITE)
        if cmd.credit_code:
            problem = check_credit_code(cmd.credit_code.strip().upper())
            if problem is not None:
                raise DomainError(problem.message, code=DrugErrorCode.INVALID_VALUE, field=["creditCode"])
        async with self.uow as uow:
            m = await uow.session.get(Manufacturer, cmd.manufacturer_id, with_for_update=True)
            if m is None:
                raise DomainError("生产企业不存在", code=DrugErrorCode.NOT_FOUND, field=["id"])
            before = snapshot(m, MANUFACTURER_FIELDS)
            for f in cmd.model_fields_set - {"manufacturer_id"}:
                value = (getattr(cmd, f) or "").strip()
                setattr(m, f, (value.upper() if f == "credit_code" else value) or None)
            after = snapshot(m, MANUFACTURER_FIELDS)
            if before == after:
                raise DomainError("没有需要保存的修改", code=DrugErrorCode.NOTHING_TO_CHANGE)
            uow.record("manufacturer.update", "Manufacturer", m.id, label=m.name, division_code=who.division_code,
                       before=before, after=after)
            await uow.commit()
        return m


EXPORT_LIMIT = 50_000
EXPORT_COLUMNS = (
    ("药品代码", lambda d, m: d.code), ("通用名", lambda d, m: d.generic_name), ("商品名", lambda d, m: d.trade_name),
    ("注册名称", lambda d, m: d.registered_name), ("注册剂型", lambda d, m: d.registered_form),
    ("规格", lambda d, m: d.spec), ("包装", lambda d, m: d.packaging), ("最小包装数量", lambda d, m: d.min_pack_qty),
    ("最小制剂单位", lambda d, m: d.min_prep_unit), ("最小包装单位", lambda d, m: d.min_pack_unit),
    ("生产企业", lambda d, m: m), ("批准文号", lambda d, m: d.approval_no), ("药品本位码", lambda d, m: d.standard_code),
    ("分类码", lambda d, m: d.class_code), ("拼音首字母", lambda d, m: d.generic_initials),
    ("合成数据", lambda d, m: "是" if d.synthetic else ""),
)


class DrugExportService:
    """Excel export of the master-data list for the caller's current filter (permission-checked and logged)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def export(self, criteria: Any, sort: Any, filter_description: dict[str, Any]) -> Any:
        """Writes the matching drugs to an .xlsx file; returns the stored file."""
        from openpyxl import Workbook

        from domain.shared.files import XLSX, FileRepository

        who = self.uow.who
        _require(who, Scope.DRUGS_READ)
        async with self.uow as uow:
            repo = DrugRepository(uow.session)
            access = TagAccess.of(who)
            total = await repo.count(criteria, access)
            if total > EXPORT_LIMIT:
                raise DomainError(f"符合条件的药品有 {total} 条，超过单次导出上限 {EXPORT_LIMIT} 条，请缩小筛选范围",
                                  code="EXPORT_TOO_LARGE", details={"total": total})
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("药品主数据")
            ws.append([title for title, _ in EXPORT_COLUMNS])
            n = 0
            async for drug, maker in repo.stream(criteria, sort, access, EXPORT_LIMIT):
                ws.append([get(drug, maker) for _, get in EXPORT_COLUMNS])
                n += 1
            buf = io.BytesIO()
            wb.save(buf)
            stamp = datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M")
            f = FileRepository(uow.session).add(f"药品主数据-{stamp}.xlsx", XLSX, buf.getvalue(), n, who.user_id)
            uow.record("drug.export", "GeneratedFile", f.key, label=f.file_name, division_code=who.division_code,
                       after={"rows": n, "filter": filter_description})
            await uow.commit()
        return f
