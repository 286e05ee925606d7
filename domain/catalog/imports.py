"""National files into the catalog and master data: a catalog file becomes a catalog version (DRUG-01) and creates the
master data its rows need; the NHSA 药品分类与代码 总表 keeps drug-code master data current (DRUG-07): new codes are
created and the attributes of existing ones updated. The request stores the file and queues it; the background job
checks every row and applies the good ones in one transaction."""
from __future__ import annotations


from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from domain.catalog.access import CatalogAccess
from domain.catalog.commands import StartImport, StartMasterDataImport
from domain.catalog.errors import CatalogError, CatalogErrorCode
from domain.catalog.importer import CatalogRow, RowChecker, check_file, read_rows
from domain.catalog.models import CatalogImport, CatalogState, CatalogVersion, ErrorPolicy, ImportKind, ImportState
from domain.catalog.repository import CatalogRepository, ImportRepository
from domain.catalog.service import VERSION, check_version_no, not_editable, own_version, require
from domain.drugs.master_data import MasterData
from domain.drugs.trace_products import TraceProducts, TraceRow, TraceRowChecker, check_trace_file, read_trace_rows
from domain.drugs.repository import DrugRepository
from domain.identity.repository import principal_of
from domain.shared.config import Settings
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared import offload
from domain.shared.sheets import FileError
from domain.shared.uow import UnitOfWork

IMPORT = "CatalogImport"
JOB = "process_catalog_import"
ERROR_CAP = 50_000
CHUNK = 1000


class ImportService:
    """Starting and retrying imports; each method is one unit of work."""

    def __init__(self, uow: UnitOfWork, settings: Settings) -> None:
        self.uow = uow
        self.settings = settings

    @property
    def who(self) -> Principal:
        return self.uow.who

    async def start(self, cmd: StartImport, content: bytes) -> CatalogImport:
        """Stores a national catalog file and queues the job that checks and imports it."""
        require(self.who, Scope.CATALOG_WRITE)
        fmt = await self._checked(cmd.file_name, content, ImportKind.CATALOG)
        async with self.uow as uow:
            versions = uow.repo(CatalogRepository)
            if cmd.target_version_id is not None:
                v = await own_version(versions, self.who, cmd.target_version_id)
                if (e := not_editable(v)) is not None:
                    raise e
            else:
                missing = [f for f, val in (("versionNo", cmd.version_no), ("name", cmd.name)) if not val]
                if missing:
                    raise CatalogError("新建版本需要填写版本号和名称", code=CatalogErrorCode.REQUIRED, field=[missing[0]])
                await check_version_no(versions, self.who.division_code or "", cmd.version_no or "")
            imp = await uow.repo(ImportRepository).add(CatalogImport(
                owner_division=self.who.division_code, requested_by=self.who.user_id, file_name=cmd.file_name,
                file_format=fmt, file_size=len(content), file_content=content, on_errors=cmd.on_errors.value,
                target_version_id=cmd.target_version_id, version_no=cmd.version_no, version_name=cmd.name,
                version_description=cmd.description, state=ImportState.QUEUED, processed_rows=0, valid_rows=0,
                error_rows=0, imported_rows=0, new_drug_codes=0))
            uow.enqueue(JOB, imp.id)
            uow.record("catalog_import.start", IMPORT, imp.id, label=cmd.file_name,
                       division_code=imp.owner_division,
                       after={"fileName": cmd.file_name, "format": fmt, "size": len(content),
                              "onErrors": cmd.on_errors.value, "versionNo": cmd.version_no,
                              "targetVersionId": cmd.target_version_id})
            await uow.commit()
        return imp

    async def start_trace_products(self, cmd: StartMasterDataImport, content: bytes) -> CatalogImport:
        """Stores a 药品标识码 file of the national traceability platform and queues the job that maps the codes."""
        require(self.who, Scope.CATALOG_WRITE)
        fmt = await self._checked(cmd.file_name, content, ImportKind.TRACE_PRODUCTS)
        return await self._queue(cmd, content, fmt, ImportKind.TRACE_PRODUCTS, "trace_product.import_start")

    async def _queue(self, cmd: StartMasterDataImport, content: bytes, fmt: str, kind: ImportKind,
                     action: str) -> CatalogImport:
        async with self.uow as uow:
            imp = await uow.repo(ImportRepository).add(CatalogImport(
                owner_division=self.who.division_code, requested_by=self.who.user_id, kind=kind,
                file_name=cmd.file_name, file_format=fmt, file_size=len(content), file_content=content,
                on_errors=cmd.on_errors.value, state=ImportState.QUEUED, processed_rows=0, valid_rows=0,
                error_rows=0, imported_rows=0, new_drug_codes=0, updated_drug_codes=0))
            uow.enqueue(JOB, imp.id)
            uow.record(action, IMPORT, imp.id, label=cmd.file_name, division_code=imp.owner_division,
                       after={"fileName": cmd.file_name, "format": fmt, "size": len(content),
                              "onErrors": cmd.on_errors.value})
            await uow.commit()
        return imp

    async def start_master_data(self, cmd: StartMasterDataImport, content: bytes) -> CatalogImport:
        """Stores an NHSA drug-code master table (总表) and queues the job that checks it and updates master data."""
        require(self.who, Scope.CATALOG_WRITE)
        fmt = await self._checked(cmd.file_name, content, ImportKind.MASTER_DATA)
        return await self._queue(cmd, content, fmt, ImportKind.MASTER_DATA, "drug_master.import_start")

    async def _checked(self, file_name: str, content: bytes, kind: ImportKind) -> str:
        """The file's format, once it is known to be readable with the columns its kind needs (read in a worker
        process: a hostile file never holds up the event loop)."""
        if not content:
            raise CatalogError("文件为空", code=CatalogErrorCode.EMPTY_FILE, field=["file"])
        if len(content) > self.settings.max_upload_bytes:
            raise CatalogError(f"文件超过 {self.settings.max_upload_bytes // (1024 * 1024)} MB 上限",
                               code=CatalogErrorCode.FILE_TOO_LARGE, field=["file"])
        try:
            if kind == ImportKind.TRACE_PRODUCTS:
                fmt = await offload.run(check_trace_file, file_name, content)
            else:
                fmt = await offload.run(check_file, file_name, content, kind)  # an unreadable file, a missing column
        except FileError as e:
            raise CatalogError(e.message, code=e.code, field=["file"]) from e
        return fmt

    async def retry(self, import_id: int, on_errors: ErrorPolicy) -> CatalogImport:
        """Runs a failed import's file again, e.g. choosing to import only the valid rows."""
        require(self.who, Scope.CATALOG_WRITE)
        async with self.uow as uow:
            repo = uow.repo(ImportRepository)
            old = await repo.get(CatalogAccess.of(self.who), import_id)
            if old is None:
                raise CatalogError("导入任务不存在", code=CatalogErrorCode.NOT_FOUND, field=["importId"])
            if old.state != ImportState.FAILED:
                raise CatalogError("只有失败的导入可以重新执行", code=CatalogErrorCode.IMPORT_NOT_RETRYABLE,
                                   field=["importId"])
            imp = await repo.add(CatalogImport(
                owner_division=old.owner_division, requested_by=self.who.user_id, kind=old.kind,
                file_name=old.file_name,
                file_format=old.file_format, file_size=old.file_size, file_content=await repo.file(old.id),
                on_errors=on_errors.value, target_version_id=old.target_version_id, version_no=old.version_no,
                version_name=old.version_name, version_description=old.version_description,
                state=ImportState.QUEUED, processed_rows=0, valid_rows=0, error_rows=0, imported_rows=0,
                new_drug_codes=0, updated_drug_codes=0, retry_of=old.id))
            uow.enqueue(JOB, imp.id)
            uow.record("catalog_import.retry", IMPORT, imp.id, label=old.file_name,
                       division_code=imp.owner_division, after={"retryOf": old.id, "onErrors": on_errors.value})
            await uow.commit()
        return imp


@dataclass
class _Tally:
    processed: int = 0
    valid: int = 0
    error_rows: int = 0
    stored_errors: int = 0


class _Superseded(Exception):
    """Another run took the import over (this one's lease ran out): stop without writing anything more."""


class ImportJob:
    """The background half of an import: check every row, then create the version in one transaction.

    A run holds its import by the claim's `started_at`: every progress write and the final commit check it, so a run
    that was taken over (its worker died, or stalled past its lease: jobs.lease) writes nothing more, and the import
    is created exactly once whichever run gets there."""

    def __init__(self, db_sessions: Any, queue: Any = None, stale_seconds: int = 120) -> None:
        self.sessions = db_sessions
        self.queue = queue
        self.stale = timedelta(seconds=stale_seconds)
        self._run: datetime | None = None  # the held claim's started_at

    def _uow(self, who: Principal | None = None) -> UnitOfWork:
        return UnitOfWork(self.sessions, who or Principal.system("import-job"), self.queue)

    async def run(self, import_id: int, takeover: bool = False) -> str:
        """Processes one import; safe to run twice (the second run finds it claimed or finished). With `takeover`
        (arq redelivered the job: the previous run stopped renewing its lease) a running import is claimed at once,
        otherwise only once its heartbeat is older than the stale window. Starts over from the file: nothing is
        kept before the final transaction but progress and row errors, which the claim clears."""
        try:
            return await self._run_claimed(import_id, takeover)
        except _Superseded:
            return "superseded"

    async def sweep(self) -> int:
        """Queues again the imports whose job was lost or died (queued or running, no heartbeat within the stale
        window); returns how many."""
        async with self._uow() as uow:
            ids = await uow.repo(ImportRepository).stranded(datetime.now(timezone.utc) - self.stale)
            for i in ids:
                uow.enqueue(JOB, i)
            await uow.commit()
        return len(ids)

    async def _run_claimed(self, import_id: int, takeover: bool) -> str:
        now = datetime.now(timezone.utc)
        async with self._uow() as uow:
            imp = await uow.repo(ImportRepository).claim(import_id, stale_before=now if takeover else now - self.stale)
            await uow.commit()
        if imp is None:
            return "skipped"
        self._run = imp.started_at
        async with self._uow() as uow:
            content = await uow.repo(ImportRepository).file(import_id)
            requester = await principal_of(uow.session, imp.requested_by)
        kind = ImportKind(imp.kind)
        try:
            if kind == ImportKind.TRACE_PRODUCTS:
                estimate, rows = read_trace_rows(imp.file_format, content)
            else:
                estimate, rows = read_rows(imp.file_format, content, kind)
        except FileError as e:
            await self._fail(imp, e.code, e.message, requester)
            return "failed"
        await self._progress(import_id, [], _Tally(), total_rows=estimate)
        target_drugs: set[str] = set()
        if imp.target_version_id is not None:
            async with self._uow() as uow:
                target_drugs = await uow.repo(CatalogRepository).codes_in_version(imp.target_version_id)
        tally = _Tally()
        valid: list[Any] = []
        check = (self._trace_checker(imp.id, tally, valid) if kind == ImportKind.TRACE_PRODUCTS
                 else self._catalog_checker(imp.id, RowChecker(kind), tally, valid, target_drugs))
        chunk: list[tuple[int, dict[str, Any]]] = []
        try:  # the rows are counted as they are read: past the cap (or a corrupt part) the file fails here
            for item in rows:
                chunk.append(item)
                if len(chunk) >= CHUNK:
                    await check(chunk)
                    chunk = []
        except FileError as e:
            await self._fail(imp, e.code, e.message, requester)
            return "failed"
        if chunk:
            await check(chunk)
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
            if kind == ImportKind.MASTER_DATA:
                await self._commit_master_data(imp, valid, requester)
            elif kind == ImportKind.TRACE_PRODUCTS:
                await self._commit_trace_products(imp, valid, requester)
            else:
                await self._commit(imp, valid, requester)
        except CatalogError as e:
            await self._fail(imp, e.code, e.message, requester)
            return "failed"
        return "succeeded"

    def _catalog_checker(self, import_id: int, checker: RowChecker, tally: _Tally, valid: list[Any],
                         target_drugs: set[str]) -> Any:
        async def check(chunk: list[tuple[int, dict[str, Any]]]) -> None:
            await self._check_chunk(import_id, chunk, checker, tally, valid, target_drugs)
        return check

    def _trace_checker(self, import_id: int, tally: _Tally, valid: list[Any]) -> Any:
        """Rows of a 药品标识码 file: checked alone, then their drug looked up (a row naming no known drug is an error)."""
        checker = TraceRowChecker()

        async def check(chunk: list[tuple[int, dict[str, Any]]]) -> None:
            errors: list[dict[str, Any]] = []
            parsed: list[TraceRow] = []
            for row_no, raw in chunk:
                row, errs = checker.check(row_no, raw)
                if row is not None:
                    parsed.append(row)
                else:
                    tally.error_rows += 1
                    errors.extend(self._error_dicts(import_id, errs))
            async with self._uow() as uow:
                found, unknown = await TraceProducts(uow).resolve(parsed)
            for row in unknown:
                tally.error_rows += 1
                errors.append({"import_id": import_id, "row_no": row.row_no, "column_name": "药品代码",
                               "code": "DRUG_NOT_FOUND", "message": "药品代码（或本位码）不在药品主数据中",
                               "value": row.drug_code or row.standard_code})
            for row in parsed:
                if row.row_no in found:
                    valid.append(row)
                    tally.valid += 1
            tally.processed += len(chunk)
            await self._progress(import_id, errors, tally)
        return check

    async def _check_chunk(self, import_id: int, chunk: list[tuple[int, dict[str, Any]]], checker: RowChecker,
                           tally: _Tally, valid: list[CatalogRow], target_drugs: set[str]) -> None:
        errors: list[dict[str, Any]] = []
        parsed: list[CatalogRow] = []
        for row_no, raw in chunk:
            row, errs = checker.check(row_no, raw)
            if row is not None:
                parsed.append(row)
            else:
                tally.error_rows += 1
                errors.extend(self._error_dicts(import_id, errs))
        async with self._uow() as uow:
            known = await uow.repo(DrugRepository).existing_codes([r.code for r in parsed])
        for row in parsed:
            problems = []
            if row.code not in known and not row.get("manufacturer"):
                problems.append(("药品企业", "MISSING_VALUE", "该药品代码不在主数据中，需填写「药品企业」以新建主数据"))
            if row.code in target_drugs:
                problems.append(("药品代码", "DUPLICATE_IN_VERSION", "药品代码已在目标版本中"))
            if problems:
                tally.error_rows += 1
                errors.extend({"import_id": import_id, "row_no": row.row_no, "column_name": c, "code": code,
                               "message": m, "value": row.code} for c, code, m in problems)
            else:
                valid.append(row)
                tally.valid += 1
        tally.processed += len(chunk)
        await self._progress(import_id, errors, tally)

    @staticmethod
    def _error_dicts(import_id: int, errs: Iterable[Any]) -> list[dict[str, Any]]:
        return [{"import_id": import_id, "row_no": e.row_no, "column_name": e.column, "code": e.code,
                 "message": e.message, "value": e.value} for e in errs]

    async def _progress(self, import_id: int, errors: list[dict[str, Any]], tally: _Tally, **extra: Any) -> None:
        async with self._uow() as uow:
            repo = uow.repo(ImportRepository)
            if not await repo.progress(import_id, run=self._run, processed_rows=tally.processed,
                                       valid_rows=tally.valid, error_rows=tally.error_rows, **extra):
                raise _Superseded
            room = max(ERROR_CAP - tally.stored_errors, 0)
            if errors and room:
                await repo.add_errors(errors[:room])
                tally.stored_errors += min(len(errors), room)
            await uow.commit()

    async def _fail(self, imp: Any, code: str, message: str, requester: Principal) -> None:
        async with self._uow(requester) as uow:
            if not await uow.repo(ImportRepository).progress(
                    imp.id, run=self._run, state=ImportState.FAILED, failure_code=str(code), failure_message=message,
                    finished_at=datetime.now(timezone.utc)):
                raise _Superseded
            uow.record("catalog_import.fail", IMPORT, imp.id, label=imp.file_name,
                       division_code=imp.owner_division, after={"code": str(code), "message": message})
            await uow.commit()

    async def _commit(self, imp: Any, rows: list[CatalogRow], who: Principal) -> None:
        async with self._uow(who) as uow:
            imports, versions = uow.repo(ImportRepository), uow.repo(CatalogRepository)
            locked = await imports.lock(imp.id)
            if locked is None or locked.state != ImportState.RUNNING or locked.started_at != self._run:
                raise _Superseded
            if imp.target_version_id is not None:
                v = await versions.for_update(CatalogAccess(None, None), imp.target_version_id)
                if v is None:
                    raise CatalogError("目标版本已被删除", code=CatalogErrorCode.NOT_FOUND)
                if v.state != CatalogState.DRAFT:
                    raise CatalogError("目标版本已不是草稿，不能导入", code=CatalogErrorCode.NOT_EDITABLE)
                created = False
            else:
                if await versions.version_no_taken(imp.owner_division, imp.version_no or ""):
                    raise CatalogError(f"版本号 {imp.version_no} 已存在", code=CatalogErrorCode.DUPLICATE_VERSION)
                v = await versions.add(CatalogVersion(
                    owner_division=imp.owner_division, version_no=imp.version_no, name=imp.version_name,
                    description=imp.version_description, state=CatalogState.DRAFT, source="IMPORT",
                    entry_count=0, created_by=imp.requested_by))
                created = True
            synced = await MasterData(uow).sync(rows, imp.owner_division, update_existing=False)
            ids, new_codes = synced.ids, synced.created
            await versions.add_entries([{
                "version_id": v.id, "drug_code_id": ids[r.code], "catalog_no": r.get("catalog_no"),
                "reimbursement_class": r.reimbursement_class, "insurance_name": r.get("insurance_name"),
                "insurance_form": r.get("insurance_form") or r.get("registered_form"),
                "restriction": r.get("restriction"), "remark": None} for r in rows])
            count = await versions.set_entry_count(v.id)
            summary = {"importId": imp.id, "fileName": imp.file_name, "rows": len(rows), "newDrugCodes": new_codes}
            if created:
                uow.record("catalog_version.create", VERSION, v.id, label=v.version_no,
                           division_code=v.owner_division,
                           after={"versionNo": v.version_no, "name": v.name, "state": v.state, "entryCount": count,
                                  "source": "IMPORT", **summary})
            else:
                uow.record("catalog_version.import_entries", VERSION, v.id, label=v.version_no,
                           division_code=v.owner_division, after={"entryCount": count, **summary})
            await imports.progress(imp.id, state=ImportState.SUCCEEDED, version_id=v.id, imported_rows=len(rows),
                                   new_drug_codes=new_codes, finished_at=datetime.now(timezone.utc))
            await uow.commit()

    async def _commit_master_data(self, imp: Any, rows: list[CatalogRow], who: Principal) -> None:
        async with self._uow(who) as uow:
            imports = uow.repo(ImportRepository)
            locked = await imports.lock(imp.id)
            if locked is None or locked.state != ImportState.RUNNING or locked.started_at != self._run:
                raise _Superseded
            synced = await MasterData(uow).sync(rows, imp.owner_division, update_existing=True)
            uow.record("drug_master.import", IMPORT, imp.id, label=imp.file_name, division_code=imp.owner_division,
                       after={"rows": len(rows), "newDrugCodes": synced.created, "updatedDrugCodes": synced.updated})
            await imports.progress(imp.id, state=ImportState.SUCCEEDED, imported_rows=len(rows),
                                   new_drug_codes=synced.created, updated_drug_codes=synced.updated,
                                   finished_at=datetime.now(timezone.utc))
            await uow.commit()

    async def _commit_trace_products(self, imp: Any, rows: list[TraceRow], who: Principal) -> None:
        async with self._uow(who) as uow:
            imports = uow.repo(ImportRepository)
            locked = await imports.lock(imp.id)
            if locked is None or locked.state != ImportState.RUNNING or locked.started_at != self._run:
                raise _Superseded
            synced = await TraceProducts(uow).sync(rows, imp.owner_division)
            uow.record("trace_product.import", IMPORT, imp.id, label=imp.file_name, division_code=imp.owner_division,
                       after={"rows": len(rows), "created": synced.created, "updated": synced.updated})
            await imports.progress(imp.id, state=ImportState.SUCCEEDED, imported_rows=len(rows),
                                   new_drug_codes=synced.created, updated_drug_codes=synced.updated,
                                   finished_at=datetime.now(timezone.utc))
            await uow.commit()
