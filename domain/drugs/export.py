"""Excel export of drug master data for the caller's filter (DRUG-08: permission-checked and logged)."""
from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from domain.drugs.access import TagAccess
from domain.drugs.errors import DrugError, DrugErrorCode
from domain.drugs.repository import DrugRepository
from domain.shared.config import SHANGHAI
from domain.shared.errors import Forbidden
from domain.shared.scopes import Scope
from domain.shared.sheets import append_row
from domain.shared.uow import UnitOfWork


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
        if not who.has(Scope.DRUGS_READ):
            raise Forbidden("您没有此操作的权限", code="FORBIDDEN")
        async with self.uow as uow:
            repo = uow.repo(DrugRepository)
            access = TagAccess.of(who)
            total = await repo.count(criteria, access)
            if total > EXPORT_LIMIT:
                raise DrugError(f"符合条件的药品有 {total} 条，超过单次导出上限 {EXPORT_LIMIT} 条，请缩小筛选范围",
                                code=DrugErrorCode.EXPORT_TOO_LARGE, details={"total": total})
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("药品主数据")
            append_row(ws, [title for title, _ in EXPORT_COLUMNS])
            n = 0
            async for line in repo.stream(criteria, sort, access, EXPORT_LIMIT):
                append_row(ws, [get(line.drug, line.manufacturer) for _, get in EXPORT_COLUMNS])
                n += 1
            buf = io.BytesIO()
            wb.save(buf)
            stamp = datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M")
            f = FileRepository(uow.session).add(f"药品主数据-{stamp}.xlsx", XLSX, buf.getvalue(), n, who.user_id)
            uow.record("drug.export", "GeneratedFile", f.key, label=f.file_name, division_code=who.division_code,
                       after={"rows": n, "filter": filter_description})
            await uow.commit()
        return f
