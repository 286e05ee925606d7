"""A wholesaler's 报盘 (DRUG-14…17): its drug table, the upload template, uploads and re-uploads (validated by
domain.exchange.uploads.UploadJob), the result export, and offers reported by the procurement interface."""
from __future__ import annotations


from datetime import date

from domain.drugs.codes import normalise_code
from domain.shared.sheets import FileError, append_row
from domain.exchange.batches import (BATCH, BatchResult, check_size, new_batch, replay, reporting_org, require,
                                     save_file, stamp)
from domain.exchange.commands import ReportOffers
from domain.exchange.errors import ExchangeError
from domain.exchange.errors import ExchangeErrorCode as C
from domain.exchange.files import (LISTING_LABELS, OFFER_COLUMNS, OFFER_HINTS, RESULT_TITLES, build_template,
                                   check_offer_file)
from domain.shared import offload
from domain.exchange.models import BatchKind, UploadState, WholesaleUpload
from domain.exchange.repository import ExchangeRepository
from domain.exchange.rules import OfferChecker, OfferRow, content_hash, offer_values, row_error
from domain.exchange.uploads import UPLOAD, UPLOAD_JOB
from domain.exchange.views import BatchView, UploadView, view_of
from domain.identity.models import Organisation, OrgSubtype
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.files import GeneratedFile
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.access import OrgAccess
from domain.supply.stock_reports import StockRepository
from domain.supply.stocking import StockingRepository
from domain.shared.config import shanghai_today
from domain.supply.evaluation import EVALUATE_JOB, INCREMENTAL


class WholesaleService:
    """A wholesaler's 报盘 (DRUG-14…16): drug table, template, upload, re-upload, result export; offers by API."""

    def __init__(self, uow: UnitOfWork, max_bytes: int = 20 * 1024 * 1024) -> None:
        self.uow = uow
        self.max_bytes = max_bytes

    async def _own_wholesaler(self, repo: ExchangeRepository) -> Organisation:
        who = self.uow.who
        require(who, Scope.WHOLESALE_OFFER)
        org = await repo.lock_org(who.org_id) if who.org_id is not None else None
        if org is None or org.subtype != OrgSubtype.WHOLESALER:
            raise ExchangeError("只有批发企业可以使用报盘功能", code=C.NOT_WHOLESALER)
        return org

    async def template(self) -> GeneratedFile:
        """Stores the 药品上传模板 (DRUG-15) for download: the exact header row and an instructions sheet."""
        async with self.uow as uow:
            await self._own_wholesaler(uow.repo(ExchangeRepository))
            f = save_file(uow, "药品上传模板.xlsx", build_template(OFFER_COLUMNS, OFFER_HINTS, "药品上传"), 0)
            uow.record("wholesale.template", "GeneratedFile", f.key, label=f.file_name,
                       division_code=uow.who.division_code)
            await uow.commit()
        return f

    async def drug_table(self) -> GeneratedFile:
        """Stores the wholesaler's drug basic-information table (DRUG-14): each drug it carries with its master data
        and its relation to the latest published insurance catalog the wholesaler sees."""
        from openpyxl import Workbook

        async with self.uow as uow:
            repo = uow.repo(ExchangeRepository)
            org = await self._own_wholesaler(repo)
            catalog = await uow.repo(StockingRepository).latest_catalog(uow.who.area.visible_codes)
            rows = await repo.drug_table(org.id, catalog)
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("药品基本信息")
            append_row(ws, ["药品代码", "注册名称", "通用名", "商品名称", "注册剂型", "规格", "包装", "批准文号", "药品本位码",
                       "是否医保目录药品", "目录版本号", "医保药品名称", "甲乙类", "目录编号", "库存数量",
                       "最新采购价格（元）", "挂网状态", "最新挂网价格（元）", "库存日期"])
            for r in rows:
                append_row(ws, [r.code, r.registered_name, r.generic_name, r.trade_name, r.registered_form, r.spec,
                           r.packaging, r.approval_no, r.standard_code, "是" if r.reimbursement_class else "否",
                           r.version_no,
                           r.insurance_name, {"A": "甲", "B": "乙"}.get(r.reimbursement_class or ""), r.catalog_no,
                           r.stock_qty, r.purchase_price, LISTING_LABELS.get(r.listing_status or ""),
                           r.listing_price, r.as_of])
            f = save_file(uow, f"药品基本信息-{stamp()}.xlsx", wb, len(rows))
            uow.record("wholesale.drug_table", "GeneratedFile", f.key, label=f.file_name,
                       division_code=org.division_code, after={"rows": len(rows), "catalogVersionId": catalog})
            await uow.commit()
        return f

    async def _check_file(self, file_name: str, content: bytes) -> str:
        """The file's format once its header is the template's, read in a worker process (the rows: by the job)."""
        check_size(content, self.max_bytes)
        try:
            fmt = await offload.run(check_offer_file, file_name, content)
        except FileError as e:
            raise ExchangeError(e.message, code=e.code, field=["file"]) from e
        return fmt

    async def start(self, file_name: str, content: bytes) -> UploadView:
        """Stores a filled template (报盘) as UPLOADED and queues its validation; a file that is not the template is
        refused at once and nothing is stored."""
        require(self.uow.who, Scope.WHOLESALE_OFFER)
        fmt = await self._check_file(file_name, content)
        async with self.uow as uow:
            repo = uow.repo(ExchangeRepository)
            org = await self._own_wholesaler(repo)
            up = await repo.add_upload(WholesaleUpload(
                organisation_id=org.id, division_code=org.division_code, uploaded_by=uow.who.user_id,
                file_name=file_name[:200], file_format=fmt, file_size=len(content), file_content=content, attempt=1,
                state=UploadState.UPLOADED, total_rows=0, succeeded_rows=0, failed_rows=0, imported_rows=0,
                failure_code=None, failure_message=None, validated_at=None))
            uow.enqueue(UPLOAD_JOB, up.id)
            uow.record("wholesale_upload.start", UPLOAD, up.id, label=up.file_name, division_code=org.division_code,
                       after={"fileName": up.file_name, "size": len(content), "state": up.state})
            await uow.commit()
        return view_of(UploadView, up)

    async def resubmit(self, upload_id: int, file_name: str, content: bytes) -> UploadView:
        """Re-uploads (重传) corrected rows of a FAILED upload as its next attempt: FAILED → UPLOADED."""
        require(self.uow.who, Scope.WHOLESALE_OFFER)
        fmt = await self._check_file(file_name, content)
        async with self.uow as uow:
            repo = uow.repo(ExchangeRepository)
            org = await self._own_wholesaler(repo)
            up = await repo.upload_for_update(OrgAccess(None, org.id), upload_id)
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
        return view_of(UploadView, up)

    async def export(self, upload_id: int, only_failed: bool) -> GeneratedFile:
        """Exports an upload's latest row results (or only the failed rows) as the template plus 处理结果 and
        失败原因 columns; corrected, the file can be re-uploaded as it is (DRUG-16)."""
        from openpyxl import Workbook

        require(self.uow.who, Scope.WHOLESALE_OFFER)
        async with self.uow as uow:
            repo = uow.repo(ExchangeRepository)
            access = OrgAccess.of(uow.who)
            up = await repo.upload(access, upload_id)
            if up is None:
                raise ExchangeError("报盘记录不存在", code=C.NOT_FOUND, field=["uploadId"])
            rows = await repo.all_rows(access, up.id, up.attempt, "FAILED" if only_failed else None)
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("报盘结果")
            append_row(ws, [c.title for c in OFFER_COLUMNS] + list(RESULT_TITLES))
            for r in rows:
                append_row(ws, [r.values.get(c.key) for c in OFFER_COLUMNS] +
                          ["成功" if r.status == "SUCCEEDED" else "失败",
                           "；".join(f"{e['column']}：{e['message']}" if e.get("column") else e["message"]
                                    for e in r.errors) or None])
            f = save_file(uow, f"报盘结果-{up.id}-{stamp()}.xlsx", wb, len(rows))
            uow.record("wholesale_upload.export", UPLOAD, up.id, label=f.file_name, division_code=up.division_code,
                       after={"rows": len(rows), "onlyFailed": only_failed})
            await uow.commit()
        return f

    async def report(self, cmd: ReportOffers, today: date | None = None) -> BatchResult:
        """Stores a batch of offers from the procurement interface (DRUG-17): all rows or none, every row's problems
        at once; the same batch key again returns the first result."""
        require(self.uow.who, Scope.WHOLESALE_OFFER)
        if not cmd.rows:
            raise ExchangeError("批次中没有明细行", code=C.EMPTY_BATCH, field=["rows"])
        today = today or shanghai_today()
        digest = content_hash([r.model_dump() for r in cmd.rows])
        async with self.uow as uow:
            repo = uow.repo(ExchangeRepository)
            org, sender = await reporting_org(uow, repo, cmd.enterprise_code, OrgSubtype.WHOLESALER)
            earlier = await replay(repo, BatchKind.OFFER, sender, cmd.batch_key, digest)
            if earlier is not None:
                return BatchResult(earlier, True)
            known = await uow.repo(StockRepository).drug_ids(sorted({normalise_code(r.drug_code) for r in cmd.rows}))
            checker = OfferChecker(known, today)
            errors: list[DomainError] = []
            good: list[OfferRow] = []
            fields = {c.title: c.key for c in OFFER_COLUMNS}
            for i, r in enumerate(cmd.rows):
                row, errs = checker.check(i + 1, r.model_dump())
                for e in errs:
                    key = fields.get(e.column or "", "drug_code")
                    camel = key.split("_")[0] + "".join(p.title() for p in key.split("_")[1:])
                    errors.append(row_error("rows", i, camel, e.code, e.message))
                if row is not None:
                    good.append(row)
            if errors:
                raise ValidationFailed(errors)
            batch = await new_batch(repo, kind=BatchKind.OFFER, sender=sender, batch_key=cmd.batch_key,
                                    content_hash=digest, organisation_id=org.id, row_count=len(good),
                                    created_by=uow.who.user_id, summary={"offers": len(good)})
            await repo.upsert_offers(org, [offer_values(r, known[r.drug_code], source="API", batch_id=batch.id,
                                                        upload_id=None) for r in good])
            await repo.set_on_hand(org.id, {known[r.drug_code]: (r.stock_qty, r.as_of) for r in good})
            if good:  # new levels: the warnings over them are judged again
                uow.enqueue(EVALUATE_JOB, INCREMENTAL)
            uow.record("wholesale_offer.report", BATCH, batch.id, label=cmd.batch_key, division_code=org.division_code,
                       after={"organisation": org.code, "rows": len(good)})
            await uow.commit()
        return BatchResult(view_of(BatchView, batch), False)
