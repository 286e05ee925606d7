"""The 进销存 Excel upload (SUP-04): its template, and a filled one run through exactly the stockReport command of
the supply domain. The file is read in a worker process (domain.shared.offload)."""
from __future__ import annotations


from domain.shared.sheets import FileError
from domain.exchange.batches import at_line, check_size, require, save_file
from domain.exchange.errors import ExchangeError
from domain.exchange.files import STOCK_COLUMNS, STOCK_HINTS, build_template, parse_stock_file
from domain.shared import offload
from domain.exchange.rules import content_hash
from domain.shared.commands import parse
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.files import GeneratedFile
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply import commands as stock_commands
from domain.supply.stock_reports import ReportResult, StockService


async def report_stock_file(uow: UnitOfWork, file_name: str, content: bytes, batch_key: str | None,
                            max_bytes: int) -> ReportResult:
    """Reads a 进销存 template and runs exactly the stockReport command on its rows (SUP-04): the same validation,
    the same all-or-nothing import and batch-key idempotency (a re-uploaded identical file is a replay). Row errors
    name the Excel line."""
    require(uow.who, Scope.STOCK_REPORT)
    check_size(content, max_bytes)
    try:
        lines, items = await offload.run(parse_stock_file, file_name, content, stock_commands.MAX_REPORT_ROWS)
    except FileError as e:
        raise ExchangeError(e.message, code=e.code, field=["file"]) from e
    key = batch_key or "xlsx-" + content_hash(content.hex())[:40]
    try:
        cmd = parse(stock_commands.ReportStock, stock_commands.LABELS, batch_key=key, rows=items)
        return await StockService(uow).report(cmd)
    except ValidationFailed as e:
        raise ValidationFailed([at_line(x, lines) for x in e.errors]) from e
    except DomainError as e:
        raise at_line(e, lines) from e


async def stock_template(uow: UnitOfWork) -> GeneratedFile:
    """Stores the 进销存 upload template for download (its columns are the stockReport row fields)."""
    require(uow.who, Scope.STOCK_REPORT)
    async with uow:
        f = save_file(uow, "进销存上传模板.xlsx", build_template(STOCK_COLUMNS, STOCK_HINTS, "进销存"), 0)
        uow.record("stock.template", "GeneratedFile", f.key, label=f.file_name, division_code=uow.who.division_code)
        await uow.commit()
    return f
