"""Use cases of enterprise data exchange: wholesalers' drug table, template, 报盘 uploads and their validation job
(DRUG-14…16, DRUG-18), offers by API (DRUG-17), distributor sync (SUP-03), deliveries (SUP-09), and 进销存 uploads
through the stockReport command (SUP-04)."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from domain.audit.models import snapshot
from domain.divisions.repository import load_tree
from domain.drugs.codes import normalise_code
from domain.drugs.importer import FileError
from domain.identity.models import Organisation, OrgSubtype
from domain.identity.repository import principal_of
from domain.shared.commands import parse
from domain.shared.config import SHANGHAI
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.files import XLSX, FileRepository, GeneratedFile
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply import commands as stock_commands
from domain.supply.access import OrgAccess
from domain.supply.codes import check_credit_code
from domain.exchange.files import (DELIVERY_COLUMNS, DELIVERY_HINTS, LISTING_LABELS, OFFER_COLUMNS, OFFER_HINTS,
                                    RESULT_TITLES, STOCK_COLUMNS, delivery_rows,
                                    STOCK_HINTS, OfferChecker, OfferRow, build_template, cell_text, content_hash,
                                    read_template, stock_rows)
from domain.exchange.commands import LABELS, MAX_BATCH_ROWS, ReportDeliveries, ReportOffers, SyncDistributors
from domain.exchange.errors import ExchangeError
from domain.exchange.errors import ExchangeErrorCode as C
from domain.exchange.models import BatchKind, DeliveryStatus, ExchangeBatch, UploadState, WholesaleUpload
from domain.exchange.repository import ExchangeRepository
from domain.supply.repository import StockingRepository, StockRepository
from domain.supply.service import EVALUATE_JOB, INCREMENTAL, ReportResult, StockService, shanghai_today

UPLOAD = "WholesaleUpload"
BATCH = "ExchangeBatch"
UPLOAD_JOB = "process_wholesale_upload"
STALE_UPLOAD = timedelta(minutes=10)  # far longer than validating the largest allowed file
_INSTITUTION_RE = re.compile(r"^[HP]\d{11}$")


def _require(who: Principal, scope: Scope) -> None:
    if not who.has(scope):
        raise ExchangeError("您没有此操作的权限", code=C.FORBIDDEN)


def _row_error(key: str, i: int, field: str, code: str, message: str) -> DomainError:
    return DomainError(f"第 {i + 1} 行：{message}", code=code, field=[key, str(i), field], details={"row": i})


def _stamp() -> str:
    return datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M")


def _save(uow: UnitOfWork, name: str, wb: Any, rows: int) -> GeneratedFile:
    buf = io.BytesIO()
    wb.save(buf) if hasattr(wb, "save") else buf.write(wb)
    return FileRepository(uow.session).add(name, XLSX, buf.getvalue(), rows, uow.who.user_id)


async def reporting_org(uow: UnitOfWork, repo: ExchangeRepository, code: str | None, subtype: OrgSubtype
                        ) -> tuple[Organisation, str]:
    """Returns (locked) the enterprise a report is for and the batch sender key: the caller's own organisation,
    or, for the procurement interface account (exchange:sync), the enterprise it names by credit code."""
    who = uow.who
    wrong = C.NOT_WHOLESALER if subtype == OrgSubtype.WHOLESALER else C.NOT_DISTRIBUTOR
    label = "批发企业" if subtype == OrgSubtype.WHOLESALER else "配送企业"
    if code and who.has(Scope.EXCHANGE_SYNC):
        found = await repo.org_by_code(code.strip().upper())
        if found is None or found.subtype != subtype or not who.area.covers(found.division_code):
            raise ExchangeError(f"辖区内没有代码为 {code} 的{label}", code=C.ENTERPRISE_NOT_FOUND,
                                field=["enterpriseCode"])
        org = await repo.lock_org(found.id)
        assert org is not None
        return org, f"U:{who.user_id}"
    own = await repo.lock_org(who.org_id) if who.org_id is not None else None
    if own is None or own.subtype != subtype:
        if who.has(Scope.EXCHANGE_SYNC):
            raise ExchangeError(f"接口账号须用 enterpriseCode 指明{label}", code=C.ENTERPRISE_REQUIRED,
                                field=["enterpriseCode"])
        raise ExchangeError(f"只有{label}可以报送此数据", code=wrong)
    if code and code.strip().upper() not in (own.code, own.credit_code):
        raise ExchangeError("只能报送本单位的数据", code=C.FORBIDDEN, field=["enterpriseCode"])
    return own, f"O:{own.id}"


async def _replay(repo: ExchangeRepository, kind: str, sender: str, key: str, digest: str) -> ExchangeBatch | None:
    earlier = await repo.batch(kind, sender, key)
    if earlier is not None and earlier.content_hash != digest:
        raise ExchangeError(f"批次号 {key} 已用于内容不同的另一批数据", code=C.BATCH_KEY_REUSED, field=["batchKey"])
    return earlier


def _offer_values(r: OfferRow, drug_id: int, **source: Any) -> dict[str, Any]:
    return {"drug_code_id": drug_id, "stock_qty": r.stock_qty, "purchase_price": r.purchase_price,
            "purchase_date": r.purchase_date, "listing_status": r.listing_status, "listing_id": r.listing_id,
            "listing_price": r.listing_price, "listing_category": r.listing_category, "as_of": r.as_of, **source}


@dataclass
class BatchResult:
    batch: ExchangeBatch
    replayed: bool
    organisations: list[Organisation] | None = None


class WholesaleService:
    """A wholesaler's 报盘 (DRUG-14…16): drug table, template, upload, re-upload, result export; offers by API."""

    def __init__(self, uow: UnitOfWork, max_bytes: int = 20 * 1024 * 1024) -> None:
        self.uow = uow
        self.max_bytes = max_bytes

    async def _own_wholesaler(self, repo: ExchangeRepository) -> Organisation:
        who = self.uow.who
        _require(who, Scope.WHOLESALE_OFFER)
        org = await repo.lock_org(who.org_id) if who.org_id is not None else None
        if org is None or org.subtype != OrgSubtype.WHOLESALER:
            raise ExchangeError("只有批发企业可以使用报盘功能", code=C.NOT_WHOLESALER)
        return org

    async def template(self) -> GeneratedFile:
        """Stores the 药品上传模板 (DRUG-15) for download: the exact header row and an instructions sheet."""
        async with self.uow as uow:
            await self._own_wholesaler(ExchangeRepository(uow.session))
            content = build_template(OFFER_COLUMNS, OFFER_HINTS, "药品上传")
            f = _save(uow, "药品上传模板.xlsx", content, 0)
            uow.record("wholesale.template", "GeneratedFile", f.key, label=f.file_name,
                       division_code=uow.who.division_code)
            await uow.commit()
        return f

    async def drug_table(self) -> GeneratedFile:
        """Stores the wholesaler's drug basic-information table (DRUG-14): each drug it carries with its master data
        and its relation to the latest published insurance catalog the wholesaler sees."""
        from openpyxl import Workbook

        async with self.uow as uow:
            repo = ExchangeRepository(uow.session)
            org = await self._own_wholesaler(repo)
            catalog = await StockingRepository(uow.session).latest_catalog(uow.who.area.visible_codes)
            rows = await repo.drug_table(org.id, catalog)
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("药品基本信息")
            ws.append(["药品代码", "注册名称", "通用名", "商品名称", "注册剂型", "规格", "包装", "批准文号", "药品本位码",
                       "是否医保目录药品", "目录版本号", "医保药品名称", "甲乙类", "目录编号", "库存数量",
                       "最新采购价格（元）", "挂网状态", "最新挂网价格（元）", "库存日期"])
            for r in rows:
                ws.append([r.code, r.registered_name, r.generic_name, r.trade_name, r.registered_form, r.spec,
                           r.packaging, r.approval_no, r.standard_code, "是" if r.reimbursement_class else "否",
                           r.version_no,
                           r.insurance_name, {"A": "甲", "B": "乙"}.get(r.reimbursement_class or ""), r.catalog_no,
                           r.stock_qty, r.purchase_price, LISTING_LABELS.get(r.listing_status or ""),
                           r.listing_price, r.as_of])
            f = _save(uow, f"药品基本信息-{_stamp()}.xlsx", wb, len(rows))
            uow.record("wholesale.drug_table", "GeneratedFile", f.key, label=f.file_name,
                       division_code=org.division_code, after={"rows": len(rows), "catalogVersionId": catalog})
            await uow.commit()
        return f

    def _check_file(self, file_name: str, content: bytes) -> str:
        if not content:
            raise ExchangeError("文件为空", code=C.EMPTY_FILE, field=["file"])
        if len(content) > self.max_bytes:
            raise ExchangeError(f"文件超过 {self.max_bytes // (1024 * 1024)} MB 上限", code=C.FILE_TOO_LARGE,
                                field=["file"])
        try:
            fmt, _ = read_template(file_name, content, OFFER_COLUMNS)
        except FileError as e:
            raise ExchangeError(e.message, code=e.code, field=["file"]) from e
        return fmt

    async def start(self, file_name: str, content: bytes) -> WholesaleUpload:
        """Stores a filled template (报盘) as UPLOADED and queues its validation; a file that is not the template is
        refused at once and nothing is stored."""
        _require(self.uow.who, Scope.WHOLESALE_OFFER)
        fmt = self._check_file(file_name, content)
        async with self.uow as uow:
            org = await self._own_wholesaler(ExchangeRepository(uow.session))
            up = WholesaleUpload(organisation_id=org.id, division_code=org.division_code, uploaded_by=uow.who.user_id,
                                 file_name=file_name[:200], file_format=fmt, file_size=len(content),
                                 file_content=content, attempt=1, state=UploadState.UPLOADED, total_rows=0,
                                 succeeded_rows=0, failed_rows=0, imported_rows=0)
            uow.session.add(up)
            await uow.session.flush()
            uow.enqueue(UPLOAD_JOB, up.id)
            uow.record("wholesale_upload.start", UPLOAD, up.id, label=up.file_name, division_code=org.division_code,
                       after={"fileName": up.file_name, "size": len(content), "state": up.state})
            await uow.commit()
        return up

    async def resubmit(self, upload_id: int, file_name: str, content: bytes) -> WholesaleUpload:
        """Re-uploads (重传) corrected rows of a FAILED upload as its next attempt: FAILED → UPLOADED."""
        _require(self.uow.who, Scope.WHOLESALE_OFFER)
        fmt = self._check_file(file_name, content)
        async with self.uow as uow:
            repo = ExchangeRepository(uow.session)
            org = await self._own_wholesaler(repo)
            up = await repo.upload(OrgAccess(None, org.id), upload_id, for_update=True)
            if up is None:
                raise ExchangeError("报盘记录不存在", code=C.NOT_FOUND, field=["uploadId"])
            if up.state != UploadState.FAILED:
                raise ExchangeError("只有失败的报盘可以重传", code=C.UPLOAD_NOT_RETRYABLE, field=["uploadId"])
            before = {"state": up.state, "attempt": up.attempt, "fileName": up.file_name}
            up.file_name, up.file_format, up.file_size, up.file_content = file_name[:200], fmt, len(content), content
            up.attempt += 1
            up.state = UploadState.UPLOADED
            up.total_rows = up.succeeded_rows = up.failed_rows = 0
            up.failure_code = up.failure_message = None
            up.uploaded_by = uow.who.user_id
            uow.enqueue(UPLOAD_JOB, up.id)
            uow.record("wholesale_upload.resubmit", UPLOAD, up.id, label=up.file_name, division_code=up.division_code,
                       before=before, after={"state": up.state, "attempt": up.attempt, "fileName": up.file_name})
            await uow.commit()
        return up

    async def export(self, upload_id: int, only_failed: bool) -> GeneratedFile:
        """Exports an upload's latest row results (or only the failed rows) as the template plus 处理结果 and
        失败原因 columns; corrected, the file can be re-uploaded as it is (DRUG-16)."""
        from openpyxl import Workbook

        _require(self.uow.who, Scope.WHOLESALE_OFFER)
        async with self.uow as uow:
            repo = ExchangeRepository(uow.session)
            access = OrgAccess.of(uow.who)
            up = await repo.upload(access, upload_id)
            if up is None:
                raise ExchangeError("报盘记录不存在", code=C.NOT_FOUND, field=["uploadId"])
            rows = await repo.all_rows(access, up.id, up.attempt, "FAILED" if only_failed else None)
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("报盘结果")
            ws.append([c.title for c in OFFER_COLUMNS] + list(RESULT_TITLES))
            for r in rows:
                ws.append([r.values.get(c.key) for c in OFFER_COLUMNS] +
                          ["成功" if r.status == "SUCCEEDED" else "失败",
                           "；".join(f"{e['column']}：{e['message']}" if e.get("column") else e["message"]
                                    for e in r.errors) or None])
            f = _save(uow, f"报盘结果-{up.id}-{_stamp()}.xlsx", wb, len(rows))
            uow.record("wholesale_upload.export", UPLOAD, up.id, label=f.file_name, division_code=up.division_code,
                       after={"rows": len(rows), "onlyFailed": only_failed})
            await uow.commit()
        return f

    async def report(self, cmd: ReportOffers, today: date | None = None) -> BatchResult:
        """Stores a batch of offers from the procurement interface (DRUG-17): all rows or none, every row's problems
        at once; the same batch key again returns the first result."""
        _require(self.uow.who, Scope.WHOLESALE_OFFER)
        if not cmd.rows:
            raise ExchangeError("批次中没有明细行", code=C.EMPTY_BATCH, field=["rows"])
        today = today or shanghai_today()
        digest = content_hash([r.model_dump() for r in cmd.rows])
        async with self.uow as uow:
            repo = ExchangeRepository(uow.session)
            org, sender = await reporting_org(uow, repo, cmd.enterprise_code, OrgSubtype.WHOLESALER)
            earlier = await _replay(repo, BatchKind.OFFER, sender, cmd.batch_key, digest)
            if earlier is not None:
                uow.session.expunge(earlier)
                return BatchResult(earlier, True)
            known = await StockRepository(uow.session).drug_ids(sorted({normalise_code(r.drug_code) for r in cmd.rows}))
            checker = OfferChecker(known, today)
            errors: list[DomainError] = []
            good: list[OfferRow] = []
            fields = {c.title: c.key for c in OFFER_COLUMNS}
            for i, r in enumerate(cmd.rows):
                row, errs = checker.check(i + 1, r.model_dump())
                for e in errs:
                    key = fields.get(e.column or "", "drug_code")
                    camel = key.split("_")[0] + "".join(p.title() for p in key.split("_")[1:])
                    errors.append(_row_error("rows", i, camel, e.code, e.message))
                if row is not None:
                    good.append(row)
            if errors:
                raise ValidationFailed(errors)
            batch = ExchangeBatch(kind=BatchKind.OFFER, sender=sender, batch_key=cmd.batch_key, content_hash=digest,
                                  organisation_id=org.id, row_count=len(good), created_by=uow.who.user_id,
                                  summary={"offers": len(good)})
            uow.session.add(batch)
            await uow.session.flush()
            await repo.upsert_offers(org, [_offer_values(r, known[r.drug_code], source="API", batch_id=batch.id,
                                                         upload_id=None) for r in good])
            await repo.set_on_hand(org.id, {known[r.drug_code]: (r.stock_qty, r.as_of) for r in good})
            if good:  # new levels: the warnings over them are judged again
                uow.enqueue(EVALUATE_JOB, INCREMENTAL)
            uow.record("wholesale_offer.report", BATCH, batch.id, label=cmd.batch_key, division_code=org.division_code,
                       after={"organisation": org.code, "rows": len(good)})
            await uow.commit()
        return BatchResult(batch, False)


class UploadJob:
    """The background half of a 报盘: check every row (DRUG-18), then store the valid rows as offers and every row's
    result in one transaction. Valid rows land even when others fail; the result lists exactly which."""

    def __init__(self, sessions: Any, queue: Any = None) -> None:
        self.sessions = sessions
        self.queue = queue

    def _uow(self, who: Principal | None = None) -> UnitOfWork:
        return UnitOfWork(self.sessions, who or Principal.system("wholesale-upload-job"), self.queue)

    async def run(self, upload_id: int, today: date | None = None) -> str:
        """Validates one upload; safe to run twice (the second run finds it claimed or finished)."""
        async with self._uow() as uow:
            repo = ExchangeRepository(uow.session)
            up = await repo.claim_upload(upload_id, datetime.now(timezone.utc) - STALE_UPLOAD)
            if up is None:
                return "skipped"
            content = await repo.upload_file(upload_id)
            requester = await principal_of(uow.session, up.uploaded_by)
            await uow.commit()
        today = today or shanghai_today()
        try:
            _, rows_iter = read_template(up.file_name, content, OFFER_COLUMNS)
            rows = list(rows_iter)
        except FileError as e:
            return await self._finish(up, requester, [], [], {}, failure=(e.code, e.message))
        if not rows:
            return await self._finish(up, requester, [], [], {}, failure=(C.EMPTY_FILE, "文件中没有数据行"))
        async with self._uow() as uow:
            codes = sorted({normalise_code(cell_text(r.get("drug_code")) or "") for _, r in rows})
            known = await StockRepository(uow.session).drug_ids(codes)
        checker = OfferChecker(known, today)
        results: list[dict[str, Any]] = []
        good: list[OfferRow] = []
        for line, raw in rows:
            row, errs = checker.check(line, raw)
            results.append({"upload_id": up.id, "attempt": up.attempt, "row_no": line,
                            "drug_code": (cell_text(raw.get("drug_code")) or "")[:64] or None,
                            "values": {c.key: cell_text(raw.get(c.key)) for c in OFFER_COLUMNS},
                            "status": "SUCCEEDED" if row else "FAILED",
                            "errors": [{"column": e.column, "code": e.code, "message": e.message} for e in errs]})
            if row is not None:
                good.append(row)
        return await self._finish(up, requester, results, good, known)

    async def sweep(self) -> int:
        """Enqueues the uploads whose job was lost or died (still UPLOADED or VALIDATING after STALE_UPLOAD);
        the job claims a stale VALIDATING upload again. Returns how many were enqueued."""
        async with self._uow() as uow:
            ids = await ExchangeRepository(uow.session).stranded_uploads(datetime.now(timezone.utc) - STALE_UPLOAD)
            for i in ids:
                uow.enqueue(UPLOAD_JOB, i)
            await uow.commit()
        return len(ids)

    async def _finish(self, up: WholesaleUpload, who: Principal, results: list[dict[str, Any]], good: list[OfferRow],
                      known: dict[str, int], failure: tuple[str, str] | None = None) -> str:
        failed = sum(1 for r in results if r["status"] == "FAILED")
        if failure is None and failed:
            failure = ("ROWS_FAILED", f"{failed} 行校验失败（未入库），{len(good)} 行已入库；请按失败原因修正后重传失败的行")
        state = UploadState.FAILED if failure else UploadState.SUCCEEDED
        async with self._uow(who) as uow:
            repo = ExchangeRepository(uow.session)
            locked = await repo.upload(OrgAccess(None), up.id, for_update=True)
            if locked is None or locked.state != UploadState.VALIDATING or locked.attempt != up.attempt:
                return "skipped"
            org = await repo.lock_org(locked.organisation_id)
            assert org is not None
            await repo.add_rows(results)
            await repo.upsert_offers(org, [_offer_values(r, known[r.drug_code], source="UPLOAD", upload_id=up.id,
                                                         batch_id=None) for r in good])
            await repo.set_on_hand(org.id, {known[r.drug_code]: (r.stock_qty, r.as_of) for r in good})
            if good:  # new levels: the warnings over them are judged again
                uow.enqueue(EVALUATE_JOB, INCREMENTAL)
            locked.state = state
            locked.total_rows, locked.succeeded_rows, locked.failed_rows = len(results), len(good), failed
            locked.imported_rows += len(good)
            locked.failure_code, locked.failure_message = failure if failure else (None, None)
            locked.validated_at = datetime.now(timezone.utc)
            uow.record("wholesale_upload.validate", UPLOAD, up.id, label=locked.file_name,
                       division_code=locked.division_code, before={"state": UploadState.VALIDATING},
                       after={"state": state, "attempt": locked.attempt, "rows": len(results),
                              "succeeded": len(good), "failed": failed, "failureCode": failure[0] if failure else None})
            await uow.commit()
        return str(state).lower()


class DistributorService:
    """Distributor information synchronised through the interface (SUP-03)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def sync(self, cmd: SyncDistributors) -> BatchResult:
        """Creates or updates distributors by credit code, all or none; the same batch key again is a no-op."""
        who = self.uow.who
        _require(who, Scope.EXCHANGE_SYNC)
        if not cmd.distributors:
            raise ExchangeError("批次中没有配送企业", code=C.EMPTY_BATCH, field=["distributors"])
        digest = content_hash([d.model_dump() for d in cmd.distributors])
        sender = f"U:{who.user_id}"
        async with self.uow as uow:
            repo = ExchangeRepository(uow.session)
            earlier = await _replay(repo, BatchKind.DISTRIBUTOR, sender, cmd.batch_key, digest)
            if earlier is not None:
                uow.session.expunge(earlier)
                return BatchResult(earlier, True, [])
            tree = await load_tree(uow.session)
            codes = [d.credit_code.strip().upper() for d in cmd.distributors]
            existing = await repo.orgs_by_credit_codes(codes)
            by_code = await repo.orgs_by_codes(codes)
            errors: list[DomainError] = []
            seen: dict[str, int] = {}
            for i, (d, code) in enumerate(zip(cmd.distributors, codes, strict=True)):
                problem = check_credit_code(code)
                if problem is not None:
                    errors.append(_row_error("distributors", i, "creditCode", problem.code, problem.message))
                elif code in seen:
                    errors.append(_row_error("distributors", i, "creditCode", C.DUPLICATE_ROW,
                                             f"与第 {seen[code] + 1} 行重复（同一统一社会信用代码）"))
                else:
                    seen[code] = i
                    other = existing.get(code) or by_code.get(code)
                    if other is not None and other.subtype != OrgSubtype.DISTRIBUTOR:
                        errors.append(_row_error("distributors", i, "creditCode", C.DUPLICATE_CREDIT_CODE,
                                                 "该统一社会信用代码已属于其他类型的单位"))
                if tree.get(d.division_code) is None:
                    errors.append(_row_error("distributors", i, "divisionCode", C.UNKNOWN_DIVISION,
                                             f"区划代码 {d.division_code} 不存在"))
                elif not who.area.covers(d.division_code):
                    errors.append(_row_error("distributors", i, "divisionCode", C.OUT_OF_AREA,
                                             f"区划 {d.division_code} 不在本账号的辖区内"))
                elif (o := existing.get(code)) is not None and not who.area.covers(o.division_code):
                    errors.append(_row_error("distributors", i, "creditCode", C.OUT_OF_AREA,
                                             "该配送企业在本账号的辖区外，不能修改"))
            if errors:
                raise ValidationFailed(errors)
            batch = ExchangeBatch(kind=BatchKind.DISTRIBUTOR, sender=sender, batch_key=cmd.batch_key,
                                  content_hash=digest, row_count=len(codes), created_by=who.user_id, summary={})
            uow.session.add(batch)
            await uow.session.flush()
            counts = {"created": 0, "updated": 0, "unchanged": 0}
            out: list[Organisation] = []
            for d, code in zip(cmd.distributors, codes, strict=True):
                values = {"name": d.name, "division_code": d.division_code, "address": d.address or None,
                          "contact_name": d.contact_name or None, "contact_phone": d.contact_phone or None}
                org = existing.get(code)
                if org is None:
                    org = Organisation(code=code, credit_code=code, kind="ENTERPRISE", subtype=OrgSubtype.DISTRIBUTOR,
                                       **values)
                    uow.session.add(org)
                    await uow.session.flush()
                    counts["created"] += 1
                    uow.record("organisation.sync_create", "Organisation", org.id, label=org.name,
                               division_code=org.division_code,
                               after={**snapshot(org, Organisation.AUDIT_FIELDS), "divisionCode": org.division_code,
                                      "batchId": batch.id})
                else:
                    fields = (*Organisation.AUDIT_FIELDS, "division_code")
                    before = snapshot(org, fields)
                    for k, v in values.items():
                        setattr(org, k, v)
                    after = snapshot(org, fields)
                    if after == before:
                        counts["unchanged"] += 1
                    else:
                        counts["updated"] += 1
                        uow.record("organisation.sync_update", "Organisation", org.id, label=org.name,
                                   division_code=org.division_code, before=before, after={**after, "batchId": batch.id})
                out.append(org)
            batch.summary = counts
            uow.record("distributor.sync", BATCH, batch.id, label=cmd.batch_key, division_code=who.division_code,
                       after=counts)
            await uow.commit()
        return BatchResult(batch, False, out)


class DeliveryService:
    """Distributors' delivery orders and in-transit quantities (SUP-09, SUP-04)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def report(self, cmd: ReportDeliveries, today: date | None = None) -> BatchResult:
        """Stores order lines (by order number and drug code, later reports update them) and in-transit quantities,
        all or none; the same batch key again returns the first result."""
        _require(self.uow.who, Scope.DELIVERY_REPORT)
        if not cmd.orders and not cmd.in_transit:
            raise ExchangeError("批次中没有订单或在途数据", code=C.EMPTY_BATCH, field=["orders"])
        today = today or shanghai_today()
        digest = content_hash({"o": [o.model_dump() for o in cmd.orders], "t": [t.model_dump() for t in cmd.in_transit]})
        async with self.uow as uow:
            repo = ExchangeRepository(uow.session)
            org, sender = await reporting_org(uow, repo, cmd.enterprise_code, OrgSubtype.DISTRIBUTOR)
            earlier = await _replay(repo, BatchKind.DELIVERY, sender, cmd.batch_key, digest)
            if earlier is not None:
                uow.session.expunge(earlier)
                return BatchResult(earlier, True)
            drug_codes = sorted({normalise_code(x.drug_code) for x in [*cmd.orders, *cmd.in_transit]})
            known = await StockRepository(uow.session).drug_ids(drug_codes)
            inst_codes = sorted({o.institution_code.strip().upper() for o in cmd.orders})
            institutions = await repo.orgs_by_codes(inst_codes)
            errors = self._check(cmd, today, known, institutions)
            if errors:
                raise ValidationFailed(errors)
            batch = ExchangeBatch(kind=BatchKind.DELIVERY, sender=sender, batch_key=cmd.batch_key,
                                  content_hash=digest, organisation_id=org.id,
                                  row_count=len(cmd.orders) + len(cmd.in_transit), created_by=uow.who.user_id,
                                  summary={})
            uow.session.add(batch)
            await uow.session.flush()
            new = await repo.upsert_orders([{
                "distributor_id": org.id, "division_code": org.division_code, "order_no": o.order_no,
                "institution_id": institutions[o.institution_code.strip().upper()].id,
                "drug_code_id": known[normalise_code(o.drug_code)], "ordered_qty": o.ordered_qty,
                "delivered_qty": o.delivered_qty, "order_date": o.order_date, "due_date": o.due_date,
                "delivered_date": o.delivered_date, "status": o.status, "batch_id": batch.id} for o in cmd.orders])
            await repo.set_in_transit(org.id, {known[normalise_code(t.drug_code)]: (t.quantity, t.as_of)
                                               for t in cmd.in_transit})
            if cmd.in_transit:
                uow.enqueue(EVALUATE_JOB, INCREMENTAL)
            batch.summary = {"orders": len(cmd.orders), "newOrders": new, "updatedOrders": len(cmd.orders) - new,
                             "inTransit": len(cmd.in_transit)}
            uow.record("delivery.report", BATCH, batch.id, label=cmd.batch_key, division_code=org.division_code,
                       after={"organisation": org.code, **batch.summary})
            await uow.commit()
        return BatchResult(batch, False)

    @staticmethod
    def _check(cmd: ReportDeliveries, today: date, known: dict[str, int],
               institutions: dict[str, Organisation]) -> list[DomainError]:
        errors: list[DomainError] = []

        def err(key: str, i: int, field: str, code: str, message: str) -> None:
            errors.append(_row_error(key, i, field, code, message))

        def drug(key: str, i: int, raw: str) -> None:
            code = normalise_code(raw)
            if code not in known:
                err(key, i, "drugCode", C.DRUG_NOT_FOUND, f"药品代码 {code} 不在药品主数据中")

        def qty(key: str, i: int, field: str, v: Decimal, label: str) -> bool:
            if not v.is_finite() or v < 0:
                err(key, i, field, C.NEGATIVE_QUANTITY, f"{label}不能为负数")
            elif v >= Decimal("1000000000") or (v.as_tuple().exponent or 0) < -3:  # type: ignore[operator]
                err(key, i, field, C.OUT_OF_RANGE, f"{label}超出范围（最多 3 位小数）")
            else:
                return True
            return False

        def future(key: str, i: int, field: str, d: date | None, label: str) -> None:
            if d is not None and d > today:
                err(key, i, field, C.FUTURE_DATE, f"{label} {d.isoformat()} 晚于今天（{today.isoformat()}）")

        seen: dict[tuple[str, str], int] = {}
        for i, o in enumerate(cmd.orders):
            inst = o.institution_code.strip().upper()
            if not _INSTITUTION_RE.match(inst):
                err("orders", i, "institutionCode", C.INVALID_INSTITUTION_CODE,
                    "订货机构编码应为 H/P + 6 位区划 + 5 位顺序号（如 H45012400011）")
            elif inst not in institutions or institutions[inst].subtype not in (OrgSubtype.HOSPITAL, OrgSubtype.PHARMACY):
                err("orders", i, "institutionCode", C.INSTITUTION_NOT_FOUND, f"定点医药机构 {inst} 不存在")
            drug("orders", i, o.drug_code)
            ok = qty("orders", i, "orderedQty", o.ordered_qty, "订货数量")
            if ok and o.ordered_qty == 0:
                err("orders", i, "orderedQty", C.OUT_OF_RANGE, "订货数量必须大于 0")
            if qty("orders", i, "deliveredQty", o.delivered_qty, "已配送数量") and ok and o.delivered_qty > o.ordered_qty:
                err("orders", i, "deliveredQty", C.OVER_DELIVERED, "已配送数量不能大于订货数量")
            future("orders", i, "orderDate", o.order_date, "订单日期")
            future("orders", i, "deliveredDate", o.delivered_date, "送达日期")
            if o.due_date is not None and o.due_date < o.order_date:
                err("orders", i, "dueDate", C.DATE_ORDER, "要求送达日期不能早于订单日期")
            if o.delivered_date is not None and o.delivered_date < o.order_date:
                err("orders", i, "deliveredDate", C.DATE_ORDER, "送达日期不能早于订单日期")
            if o.status == DeliveryStatus.DELIVERED and o.delivered_date is None:
                err("orders", i, "deliveredDate", C.DELIVERY_DATE_REQUIRED, "已送达的订单须填写送达日期")
            key = (o.order_no, normalise_code(o.drug_code))
            if key in seen:
                err("orders", i, "orderNo", C.DUPLICATE_ROW, f"与第 {seen[key] + 1} 行重复（同一订单号、同一药品代码）")
            else:
                seen[key] = i
        seen_t: dict[str, int] = {}
        for i, t in enumerate(cmd.in_transit):
            drug("inTransit", i, t.drug_code)
            qty("inTransit", i, "quantity", t.quantity, "在途数量")
            future("inTransit", i, "asOf", t.as_of, "在途日期")
            code = normalise_code(t.drug_code)
            if code in seen_t:
                err("inTransit", i, "drugCode", C.DUPLICATE_ROW, f"与第 {seen_t[code] + 1} 行重复（同一药品代码）")
            else:
                seen_t[code] = i
        return errors


async def report_stock_file(uow: UnitOfWork, file_name: str, content: bytes, batch_key: str | None,
                            max_bytes: int) -> ReportResult:
    """Reads a 进销存 template and runs exactly the stockReport command on its rows (SUP-04): the same validation,
    the same all-or-nothing import and batch-key idempotency (a re-uploaded identical file is a replay). Row errors
    name the Excel line."""
    _require(uow.who, Scope.STOCK_REPORT)
    if not content:
        raise ExchangeError("文件为空", code=C.EMPTY_FILE, field=["file"])
    if len(content) > max_bytes:
        raise ExchangeError("文件超过大小上限", code=C.FILE_TOO_LARGE, field=["file"])
    try:
        _, rows = read_template(file_name, content, STOCK_COLUMNS, max_rows=stock_commands.MAX_REPORT_ROWS)
        lines, items = stock_rows(rows)
    except FileError as e:
        raise ExchangeError(e.message, code=e.code, field=["file"]) from e
    key = batch_key or "xlsx-" + content_hash(content.hex())[:40]
    try:
        cmd = parse(stock_commands.ReportStock, stock_commands.LABELS, batch_key=key, rows=items)
        return await StockService(uow).report(cmd)
    except ValidationFailed as e:
        raise ValidationFailed([_at_line(x, lines) for x in e.errors]) from e
    except DomainError as e:
        raise _at_line(e, lines) from e


async def report_delivery_file(uow: UnitOfWork, file_name: str, content: bytes, batch_key: str | None,
                               max_bytes: int) -> BatchResult:
    """Reads a delivery template and runs exactly the deliveryReport command on its orders (SUP-09): the same
    checks, all or nothing, idempotent by batch key (an identical file uploaded again is a replay). Row errors name
    the Excel line."""
    _require(uow.who, Scope.DELIVERY_REPORT)
    if not content:
        raise ExchangeError("文件为空", code=C.EMPTY_FILE, field=["file"])
    if len(content) > max_bytes:
        raise ExchangeError("文件超过大小上限", code=C.FILE_TOO_LARGE, field=["file"])
    try:
        _, rows = read_template(file_name, content, DELIVERY_COLUMNS, max_rows=MAX_BATCH_ROWS)
        lines, orders = delivery_rows(rows)
    except FileError as e:
        raise ExchangeError(e.message, code=e.code, field=["file"]) from e
    key = batch_key or "xlsx-" + content_hash(content.hex())[:40]
    try:
        cmd = parse(ReportDeliveries, LABELS, batch_key=key, orders=orders)
        return await DeliveryService(uow).report(cmd)
    except ValidationFailed as e:
        raise ValidationFailed([_at_line(x, lines, "orders") for x in e.errors]) from e
    except DomainError as e:
        raise _at_line(e, lines, "orders") from e


async def delivery_template(uow: UnitOfWork) -> GeneratedFile:
    """Stores the delivery upload template for download (its columns are the deliveryReport order fields)."""
    _require(uow.who, Scope.DELIVERY_REPORT)
    async with uow:
        f = _save(uow, "配送订单上传模板.xlsx", build_template(DELIVERY_COLUMNS, DELIVERY_HINTS, "配送订单"), 0)
        uow.record("delivery.template", "GeneratedFile", f.key, label=f.file_name, division_code=uow.who.division_code)
        await uow.commit()
    return f


def _at_line(e: DomainError, lines: list[int], prefix: str = "rows") -> DomainError:
    """Names the Excel line of a command row error (the command numbers rows from 1)."""
    if e.field and len(e.field) > 1 and e.field[0] == prefix and e.field[1].isdigit():
        i = int(e.field[1])
        line = lines[i] if i < len(lines) else i + 2
        message = re.sub(r"^第 \d+ 行：", "", e.message)
        return DomainError(f"Excel 第 {line} 行：{message}", code=e.code, field=e.field,
                           details={**e.details, "row": i, "line": line})
    return e


async def stock_template(uow: UnitOfWork) -> GeneratedFile:
    """Stores the 进销存 upload template for download (its columns are the stockReport row fields)."""
    _require(uow.who, Scope.STOCK_REPORT)
    async with uow:
        f = _save(uow, "进销存上传模板.xlsx", build_template(STOCK_COLUMNS, STOCK_HINTS, "进销存"), 0)
        uow.record("stock.template", "GeneratedFile", f.key, label=f.file_name, division_code=uow.who.division_code)
        await uow.commit()
    return f
