"""药品标识码 master data (PUB-19, DRUG-27): which drug code a pack's 20-digit 药品追溯码 identifies by its first 7 digits.

The national drug traceability platform (国家药品追溯协同服务平台) publishes the 药品标识码 of each product and pack; a
bureau loads that file (Excel or CSV) so that a public scan of a pack code finds its drug. A row names the 7-digit
标识码 and the drug by its 23-character 药品代码 or, failing that, by its 14-digit 药品本位码; a pack description is
optional. Reading and checking here has no database access; `TraceProducts` writes inside a unit of work.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from domain.drugs.codes import check_drug_code
from domain.drugs.models import DrugCode, TraceProduct
from domain.drugs.repository import grouped
from domain.drugs.views import TraceProductView
from domain.shared.db import any_of, in_param
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes
from domain.shared.sheets import MB, FileError, RowError, SheetLimits, capped, cell_text, detect_format, read_cells
from domain.shared.uow import UnitOfWork

MAX_ROWS = 1_000_000
LIMITS = SheetLimits(MAX_ROWS, max_inflated=512 * MB, max_shared_strings=96 * MB, max_columns=32)
_PREFIX = re.compile(r"^\d{7}$")
_STANDARD = re.compile(r"^\d{14}$")
_ALIASES = {"药品标识码": "prefix", "标识码": "prefix", "prefix": "prefix",
            "药品代码": "drug_code", "医保药品代码": "drug_code", "药品编码": "drug_code", "drug_code": "drug_code",
            "药品本位码": "standard_code", "本位码": "standard_code", "standard_code": "standard_code",
            "包装说明": "pack_note", "包装规格": "pack_note", "包装": "pack_note", "pack_note": "pack_note"}
TITLES = {"prefix": "药品标识码", "drug_code": "药品代码", "standard_code": "药品本位码", "pack_note": "包装说明"}


_TRACE_BY_DRUGS = TraceProductView.select().where(in_param(TraceProduct.drug_code_id, "ids")) \
    .order_by(TraceProduct.drug_code_id, TraceProduct.prefix)


class TraceProductRepository(Repository):
    """药品标识码 → drug code mappings (PUB-19, DRUG-27): master data loaded from the national traceability file."""

    @reads
    async def page(self, prefix: str | None, drug_id: int | None, request: PageRequest) -> Page[TraceProductView]:
        """The mappings, by 标识码, optionally those starting with `prefix` or of one drug."""
        stmt = TraceProductView.select()
        if prefix:
            stmt = stmt.where(TraceProduct.prefix.startswith(prefix, autoescape=True))
        if drug_id is not None:
            stmt = stmt.where(TraceProduct.drug_code_id == drug_id)
        return await keyset_page(self.db, stmt, [(TraceProduct.prefix, False)], request, id_col=TraceProduct.prefix,
                                 make=TraceProductView.of)

    @reads
    async def by_drug_ids(self, drug_ids: Sequence[int]) -> list[list[TraceProductView]]:
        """Each drug's 标识码, aligned to `drug_ids`."""
        rows = await self.db.rows(_TRACE_BY_DRUGS, {"ids": list(drug_ids)})
        return grouped(drug_ids, TraceProductView.many(rows), "drug_code_id")

    @reads
    async def by_prefixes(self, prefixes: Sequence[str]) -> dict[str, TraceProductView]:
        """The mappings these 标识码 already have."""
        rows = await self.db.rows(TraceProductView.select().where(any_of(TraceProduct.prefix, prefixes)))
        return {v.prefix: v for v in TraceProductView.many(rows)}

    @reads
    async def drug_ids_by_codes(self, codes: Sequence[str]) -> dict[str, int]:
        """23-character drug code → drug id, for the codes master data holds."""
        rows = await self.db.rows(select(DrugCode.code, DrugCode.id).where(any_of(DrugCode.code, codes)))
        return {c: i for c, i in rows}

    @reads
    async def drug_ids_by_standard_codes(self, codes: Sequence[str]) -> dict[str, int]:
        """14-digit 本位码 → drug id, for the codes master data holds (the lowest id where several codes share one)."""
        rows = await self.db.rows(select(DrugCode.standard_code, func.min(DrugCode.id))
                                  .where(any_of(DrugCode.standard_code, codes)).group_by(DrugCode.standard_code))
        return {c: i for c, i in rows}

    @writes
    async def upsert_many(self, rows: list[dict[str, Any]]) -> None:
        """Writes mappings ({prefix, drug_code_id, pack_note}), new or replacing a 标识码's earlier one, 2,000 a
        statement."""
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        for i in range(0, len(rows), 2000):
            stmt = pg_insert(TraceProduct).values(rows[i:i + 2000])
            await self.session.execute(stmt.on_conflict_do_update(
                index_elements=[TraceProduct.prefix],
                set_={"drug_code_id": stmt.excluded.drug_code_id, "pack_note": stmt.excluded.pack_note}))


@dataclass(frozen=True, slots=True)
class TraceRow:
    row_no: int
    prefix: str
    drug_code: str | None
    standard_code: str | None
    pack_note: str | None


def read_trace_rows(file_format: str, content: bytes) -> tuple[int, Iterator[tuple[int, dict[str, Any]]]]:
    """An estimate of the data rows and (line number, row) after a header naming 药品标识码 within the first 10 lines
    and at least one of 药品代码 / 药品本位码."""
    estimate, cells = read_cells(file_format, content, LIMITS)
    header: dict[int, str] | None = None
    line = 0
    for row in cells:
        line += 1
        found = {i: _ALIASES[t.replace(" ", "")] for i, c in enumerate(row)
                 if (t := cell_text(c)) and t.replace(" ", "") in _ALIASES}
        if "prefix" in found.values():
            header = found
            break
        if line >= 10:
            break
    if header is None:
        raise FileError("MISSING_COLUMN", "未找到表头：前 10 行中没有「药品标识码」列")
    if not {"drug_code", "standard_code"} & set(header.values()):
        raise FileError("MISSING_COLUMN", "文件缺少「药品代码」或「药品本位码」列（至少一列）")
    start = line

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        n = start
        for cells_ in cells:
            n += 1
            if any(cell_text(c) for c in cells_):
                yield n, {key: (cells_[i] if i < len(cells_) else None) for i, key in header.items()}

    return estimate, capped(rows(), LIMITS)


def check_trace_file(file_name: str, content: bytes) -> str:
    """The file's format, once its header is found (run off the event loop: domain.shared.offload)."""
    fmt = detect_format(file_name, content)
    read_trace_rows(fmt, content)
    return fmt


@dataclass
class TraceRowChecker:
    """Checks rows one by one; a 标识码 may appear once per file."""

    seen: dict[str, int] = field(default_factory=dict)

    def check(self, row_no: int, raw: dict[str, Any]) -> tuple[TraceRow | None, list[RowError]]:
        values = {k: cell_text(raw.get(k)) for k in TITLES}
        errors: list[RowError] = []
        prefix = values["prefix"]
        if not prefix:
            errors.append(RowError(row_no, TITLES["prefix"], "MISSING_VALUE", "「药品标识码」不能为空"))
        elif not _PREFIX.match(prefix):
            errors.append(RowError(row_no, TITLES["prefix"], "INVALID_FORMAT", "药品标识码应为 7 位数字", prefix[:64]))
        elif prefix in self.seen:
            errors.append(RowError(row_no, TITLES["prefix"], "DUPLICATE_IN_FILE",
                                   f"药品标识码与第 {self.seen[prefix]} 行重复", prefix))
        else:
            self.seen[prefix] = row_no
        code, standard = values["drug_code"], values["standard_code"]
        if code:
            parts, problems = check_drug_code(code)
            if parts is None:
                errors.append(RowError(row_no, TITLES["drug_code"], "INVALID_DRUG_CODE",
                                       "药品代码格式错误：" + "；".join(p.message for p in problems), code[:64]))
            else:
                code = parts.code
        if standard and not _STANDARD.match(standard):
            errors.append(RowError(row_no, TITLES["standard_code"], "INVALID_STANDARD_CODE", "药品本位码应为 14 位数字",
                                   standard[:64]))
        if not code and not standard:
            errors.append(RowError(row_no, TITLES["drug_code"], "MISSING_VALUE", "需填写「药品代码」或「药品本位码」"))
        note = values["pack_note"]
        if note and len(note) > 64:
            errors.append(RowError(row_no, TITLES["pack_note"], "VALUE_TOO_LONG", "「包装说明」不能超过 64 个字符",
                                   note[:200]))
        if errors:
            return None, errors
        return TraceRow(row_no, prefix or "", code, standard, note), []


@dataclass
class TraceSynced:
    created: int = 0
    updated: int = 0
    unknown: list[TraceRow] = field(default_factory=list)  # rows whose drug is not in master data


class TraceProducts:
    """Writes 药品标识码 → drug code mappings inside the caller's unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.repo = uow.repo(TraceProductRepository)

    async def resolve(self, rows: list[TraceRow]) -> tuple[dict[int, int], list[TraceRow]]:
        """row number → drug id for the rows whose drug master data holds (by 药品代码, else by 本位码), and the rest."""
        by_code = await self.repo.drug_ids_by_codes(sorted({r.drug_code for r in rows if r.drug_code}))
        by_standard = await self.repo.drug_ids_by_standard_codes(
            sorted({r.standard_code for r in rows if r.standard_code and not (r.drug_code and r.drug_code in by_code)}))
        found: dict[int, int] = {}
        unknown = []
        for r in rows:
            drug = by_code.get(r.drug_code) if r.drug_code else None
            if drug is None and r.standard_code:
                drug = by_standard.get(r.standard_code)
            if drug is None:
                unknown.append(r)
            else:
                found[r.row_no] = drug
        return found, unknown

    async def sync(self, rows: list[TraceRow], division: str) -> TraceSynced:
        """Creates new mappings and rewrites changed ones (each change audited with before and after)."""
        done = TraceSynced()
        drugs, done.unknown = await self.resolve(rows)
        created: list[tuple[str, str, dict[str, Any]]] = []
        writes: list[dict[str, Any]] = []
        for i in range(0, len(rows), 5000):
            chunk = [r for r in rows[i:i + 5000] if r.row_no in drugs]
            held = await self.repo.by_prefixes([r.prefix for r in chunk])
            for r in chunk:
                drug_id = drugs[r.row_no]
                before = held.get(r.prefix)
                if before is None:
                    writes.append({"prefix": r.prefix, "drug_code_id": drug_id, "pack_note": r.pack_note})
                    created.append((r.prefix, r.prefix, {"drugCodeId": drug_id, "packNote": r.pack_note}))
                    done.created += 1
                    continue
                if before.drug_code_id == drug_id and (r.pack_note is None or before.pack_note == r.pack_note):
                    continue
                writes.append({"prefix": r.prefix, "drug_code_id": drug_id, "pack_note": r.pack_note or before.pack_note})
                self.uow.record("trace_product.update", "TraceProduct", r.prefix, label=r.prefix,
                                division_code=division,
                                before={"drugCodeId": before.drug_code_id, "packNote": before.pack_note},
                                after={"drugCodeId": drug_id, "packNote": r.pack_note or before.pack_note})
                done.updated += 1
        await self.repo.upsert_many(writes)
        if created:
            await self.uow.audit.record_many(self.uow.who, "trace_product.create", "TraceProduct", created,
                                             division_code=division)
        return done
