"""The background half of a 报盘 (DRUG-18): the arq job validates an upload's rows, stores the valid ones as offers
and every row's result; a sweep re-enqueues uploads whose job was lost."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from domain.drugs.codes import normalise_code
from domain.shared.sheets import FileError
from domain.exchange.errors import ExchangeErrorCode as C
from domain.exchange.files import OFFER_COLUMNS, cell_text, read_template
from domain.exchange.models import UploadState
from domain.notifications.repository import NotificationRepository
from domain.exchange.repository import ExchangeRepository
from domain.exchange.rules import OfferChecker, OfferRow, offer_values
from domain.exchange.views import UploadView
from domain.identity.repository import principal_of
from domain.shared.principal import Principal
from domain.shared.uow import UnitOfWork
from domain.supply.access import OrgAccess
from domain.supply.stock_reports import StockRepository
from domain.shared.config import shanghai_today
from domain.supply.evaluation import EVALUATE_JOB, INCREMENTAL

UPLOAD = "WholesaleUpload"  # audit entity type
UPLOAD_JOB = "process_wholesale_upload"
STALE_UPLOAD = timedelta(minutes=10)  # far longer than validating the largest allowed file


class UploadJob:
    """The background half of a 报盘: check every row (DRUG-18), then store the valid rows as offers and every row's
    result in one transaction. Valid rows land even when others fail; the result lists exactly which."""

    def __init__(self, sessions: Any, queue: Any = None) -> None:
        self.sessions = sessions
        self.queue = queue

    def _uow(self, who: Principal | None = None) -> UnitOfWork:
        return UnitOfWork(self.sessions, who or Principal.system("wholesale-upload-job"), self.queue)

    async def run(self, upload_id: int, today: date | None = None, takeover: bool = False) -> str:
        """Validates one upload; safe to run twice (the second run finds it claimed or finished). With `takeover`
        (arq redelivered the job: the previous run stopped renewing its lease, jobs.lease) a VALIDATING upload is
        claimed at once; results are written in one transaction that only a run finding it still VALIDATING does."""
        now = datetime.now(timezone.utc)
        async with self._uow() as uow:
            repo = uow.repo(ExchangeRepository)
            up = await repo.claim_upload(upload_id, now if takeover else now - STALE_UPLOAD)
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
            known = await uow.repo(StockRepository).drug_ids(codes)
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
            ids = await uow.repo(ExchangeRepository).stranded_uploads(datetime.now(timezone.utc) - STALE_UPLOAD)
            for i in ids:
                uow.enqueue(UPLOAD_JOB, i)
            await uow.commit()
        return len(ids)

    async def _finish(self, up: UploadView, who: Principal, results: list[dict[str, Any]], good: list[OfferRow],
                      known: dict[str, int], failure: tuple[str, str] | None = None) -> str:
        failed = sum(1 for r in results if r["status"] == "FAILED")
        if failure is None and failed:
            failure = ("ROWS_FAILED", f"{failed} 行校验失败（未入库），{len(good)} 行已入库；请按失败原因修正后重传失败的行")
        state = UploadState.FAILED if failure else UploadState.SUCCEEDED
        async with self._uow(who) as uow:
            repo = uow.repo(ExchangeRepository)
            locked = await repo.upload_for_update(OrgAccess(None), up.id)
            if locked is None or locked.state != UploadState.VALIDATING or locked.attempt != up.attempt:
                return "skipped"
            org = await repo.lock_org(locked.organisation_id)
            assert org is not None
            await repo.add_rows(results)
            await repo.upsert_offers(org, [offer_values(r, known[r.drug_code], source="UPLOAD", upload_id=up.id,
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
            # SUP-01 结果通知: the enterprise learns the result without watching the upload page
            outcome = (f"校验通过，{len(good)} 行已入库" if not failure else
                       f"{len(good)} 行已入库，{failed} 行失败" if failure[0] == "ROWS_FAILED" else f"校验失败：{failure[1]}")
            await uow.repo(NotificationRepository).add_many([(
                locked.organisation_id, f"wholesale_upload.{str(state).lower()}",
                f"报盘文件「{locked.file_name}」{outcome}", f"第 {locked.attempt} 次提交，共 {len(results)} 行。",
                UPLOAD, str(up.id))])
            await uow.commit()
        return str(state).lower()
