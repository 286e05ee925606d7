"""What the exchange use cases share: the permission check, which enterprise a report is for, batch replay by key,
generated spreadsheets, and Excel line numbers on command row errors."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.exchange.errors import ExchangeError
from domain.exchange.errors import ExchangeErrorCode as C
from domain.exchange.models import ExchangeBatch
from domain.exchange.repository import ExchangeRepository
from domain.exchange.views import BatchView, OrgView
from domain.identity.models import Organisation, OrgSubtype
from domain.shared.config import SHANGHAI
from domain.shared.errors import DomainError
from domain.shared.files import XLSX, FileRepository, GeneratedFile
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork

BATCH = "ExchangeBatch"  # audit entity type


@dataclass
class BatchResult:
    """An API batch's outcome: the batch (the first one's when `replayed`) and, for a distributor sync, the
    distributors as synchronised."""

    batch: BatchView
    replayed: bool
    organisations: list[OrgView] = field(default_factory=list)


def require(who: Principal, scope: Scope) -> None:
    if not who.has(scope):
        raise ExchangeError("您没有此操作的权限", code=C.FORBIDDEN)


def stamp() -> str:
    """The Asia/Shanghai minute, for generated file names."""
    return datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M")


def save_file(uow: UnitOfWork, name: str, wb: Any, rows: int) -> GeneratedFile:
    """Stores a generated spreadsheet (an openpyxl workbook or its bytes) for download."""
    buf = io.BytesIO()
    wb.save(buf) if hasattr(wb, "save") else buf.write(wb)
    return uow.repo(FileRepository).add(name, XLSX, buf.getvalue(), rows, uow.who.user_id)


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


async def replay(repo: ExchangeRepository, kind: str, sender: str, key: str, digest: str) -> BatchView | None:
    """The earlier batch under this key, if the same content was sent before; a different content under a key
    already used is refused."""
    earlier = await repo.batch(kind, sender, key)
    if earlier is not None and earlier.content_hash != digest:
        raise ExchangeError(f"批次号 {key} 已用于内容不同的另一批数据", code=C.BATCH_KEY_REUSED, field=["batchKey"])
    return earlier


async def new_batch(repo: ExchangeRepository, **values: Any) -> ExchangeBatch:
    """Stores a new batch of this unit of work (its summary is filled in before commit)."""
    return await repo.add_batch(ExchangeBatch(**values))


def check_size(content: bytes, max_bytes: int) -> None:
    """An uploaded file must have content and stay under the upload limit."""
    if not content:
        raise ExchangeError("文件为空", code=C.EMPTY_FILE, field=["file"])
    if len(content) > max_bytes:
        raise ExchangeError(f"文件超过 {max_bytes // (1024 * 1024)} MB 上限", code=C.FILE_TOO_LARGE, field=["file"])


def at_line(e: DomainError, lines: list[int], prefix: str = "rows") -> DomainError:
    """Names the Excel line of a command row error (the command numbers rows from 1)."""
    if e.field and len(e.field) > 1 and e.field[0] == prefix and e.field[1].isdigit():
        i = int(e.field[1])
        line = lines[i] if i < len(lines) else i + 2
        message = re.sub(r"^第 \d+ 行：", "", e.message)
        return DomainError(f"Excel 第 {line} 行：{message}", code=e.code, field=e.field,
                           details={**e.details, "row": i, "line": line})
    return e
