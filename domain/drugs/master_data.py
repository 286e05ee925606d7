"""Use cases of drug master data (DRUG-07, DRUG-19…22): codes created from national catalog rows, the package
insert of a drug's archive, a manufacturer's production-enterprise information."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from domain.audit.models import snapshot
from domain.drugs.codes import DrugCodeParts, dictionary_form_code, initials
from domain.drugs.commands import UpdateManufacturer, UpdatePackageInsert
from domain.drugs.errors import DrugError, DrugErrorCode
from domain.drugs.models import DrugCode, Manufacturer, PackageInsert, Variety, search_columns
from domain.drugs.repository import DrugRepository
from domain.shared.errors import Forbidden
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork


def _require(who: Principal, scope: Scope) -> None:
    if not who.has(scope):
        raise Forbidden("您没有此操作的权限", code="FORBIDDEN")


class NationalRow(Protocol):
    """A checked row of a national file naming one drug code (domain.catalog.importer.CatalogRow)."""

    parts: DrugCodeParts
    min_pack_qty: int | None

    @property
    def code(self) -> str: ...

    def get(self, key: str) -> str | None: ...


DRUG_INSERT_COLUMNS = ("code", "type", "class_code", "variety_id", "form_code", "manufacturer_id", "generic_name",
                       "trade_name", "registered_name", "registered_form", "spec", "packaging", "packaging_material",
                       "min_pack_qty", "min_prep_unit", "min_pack_unit", "approval_no", "standard_code",
                       "market_status", "license_holder", "search_text", "generic_initials", "trade_initials",
                       "synthetic")


# The 总表's attributes of a drug code that a newer national file may change (DRUG-07); names drive the search columns.
MASTER_FIELDS = ("registered_name", "trade_name", "registered_form", "spec", "packaging", "packaging_material",
                 "min_pack_qty", "min_prep_unit", "min_pack_unit", "approval_no", "standard_code", "market_status",
                 "license_holder")
NAMES = ("trade_name", "registered_name")


def _file_values(r: NationalRow) -> dict[str, Any]:
    """The row's master-data attributes that the file gives (an empty cell keeps what master data holds)."""
    values: dict[str, Any] = {f: r.get(f) for f in MASTER_FIELDS if f != "min_pack_qty" and r.get(f)}
    if r.min_pack_qty is not None:
        values["min_pack_qty"] = r.min_pack_qty
    return values


@dataclass
class Synced:
    """What a national file did to master data: code → id for every row, the codes created and those updated."""

    ids: dict[str, int] = field(default_factory=dict)
    created: int = 0
    updated: int = 0


class MasterData:
    """Keeps drug master data (varieties, manufacturers, drug codes) in step with national files (DRUG-07), inside
    the caller's unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.repo = uow.repo(DrugRepository)

    async def sync(self, rows: list[NationalRow], division: str, *, update_existing: bool) -> Synced:
        """Creates the codes master data lacks; with `update_existing` (the NHSA 总表) also writes the attributes that
        changed for the codes it holds, each change audited with its before and after."""
        done = Synced()
        done.ids, done.created = await self.ensure(rows, division)
        if update_existing:
            done.updated = await self._update(rows, division)
        return done

    async def _update(self, rows: list[NationalRow], division: str) -> int:
        updated = 0
        for i in range(0, len(rows), 5000):
            chunk = rows[i:i + 5000]
            held = await self.repo.master_fields([r.code for r in chunk], MASTER_FIELDS)
            for r in chunk:
                found = held.get(r.code)
                if found is None:
                    continue
                drug_id, generic_name, stored = found
                changes = {f: v for f, v in _file_values(r).items() if stored[f] != v}
                if not changes:
                    continue
                values = dict(changes)
                if any(f in changes for f in NAMES):
                    names = {**stored, **changes}
                    values.update(search_columns(generic_name, names["trade_name"], names["registered_name"]))
                await self.repo.update_drug(drug_id, values)
                self.uow.record("drug_code.update", "DrugCode", drug_id, label=r.code, division_code=division,
                                before={f: stored[f] for f in changes}, after={**changes, "source": "MASTER_DATA"})
                updated += 1
        return updated

    async def ensure(self, rows: list[NationalRow], division: str) -> tuple[dict[str, int], int]:
        """Returns code → drug id for every row, creating what master data does not yet hold, and how many it made."""
        ids: dict[str, int] = {}
        for i in range(0, len(rows), 5000):
            ids.update(await self.repo.existing_codes([r.code for r in rows[i:i + 5000]]))
        new = [r for r in rows if r.code not in ids]
        if not new:
            return ids, 0
        varieties: dict[str, Any] = dict(await self.repo.varieties_by_prefix(sorted({r.parts.variety_prefix for r in new})))
        for r in new:
            p = r.parts.variety_prefix
            if p not in varieties:
                name = r.get("insurance_name") or r.get("registered_name") or ""
                varieties[p] = await self.repo.add(Variety(
                    code_prefix=p, type=r.parts.type, class_code=r.parts.class_code, name_code=r.parts.name_code,
                    generic_name=name, initials=initials(name), synthetic=False))
        makers: dict[str, Any] = dict(await self.repo.manufacturer_ids_by_code(
            sorted({r.parts.enterprise_code for r in new})))
        for r in new:
            e = r.parts.enterprise_code
            if e not in makers:
                makers[e] = await self.repo.add(Manufacturer(code=e, name=r.get("manufacturer") or f"企业 {e}",
                                                             synthetic=False))
        await self.repo.flush()
        makers = {e: m if isinstance(m, int) else m.id for e, m in makers.items()}
        payload = []
        for r in new:
            v = varieties[r.parts.variety_prefix]
            d = DrugCode(code=r.code, type=r.parts.type, class_code=r.parts.class_code, variety_id=v.id,
                         form_code=dictionary_form_code(r.parts), manufacturer_id=makers[r.parts.enterprise_code],
                         generic_name=v.generic_name, trade_name=r.get("trade_name"),
                         registered_name=r.get("registered_name") or v.generic_name,
                         registered_form=r.get("registered_form"), spec=r.get("spec"), packaging=r.get("packaging"),
                         packaging_material=r.get("packaging_material"), min_pack_qty=r.min_pack_qty,
                         min_prep_unit=r.get("min_prep_unit"), min_pack_unit=r.get("min_pack_unit"),
                         approval_no=r.get("approval_no"), standard_code=r.get("standard_code"),
                         market_status=r.get("market_status"), license_holder=r.get("license_holder"),
                         synthetic=False)
            d.refresh_search()
            payload.append({c: getattr(d, c) for c in DRUG_INSERT_COLUMNS})
        ids.update(await self.repo.insert_drugs(payload))
        await self.uow.audit.record_many(
            self.uow.who, "drug_code.create", "DrugCode",
            [(ids[r.code], r.code, {"code": r.code, "registeredName": r.get("registered_name"), "source": "IMPORT"})
             for r in new], division_code=division)
        return ids, len(new)


INSERT_FIELDS = ("dosage", "frequency", "method", "indications", "shelf_life_months")


class PackageInsertService:
    """The package-insert section of the one-drug-one-file archive (DRUG-21)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def update(self, cmd: UpdatePackageInsert) -> DrugCode:
        """Writes the package-insert section of a drug's archive; returns the drug."""
        who = self.uow.who
        _require(who, Scope.DRUGS_WRITE)
        async with self.uow as uow:
            repo = uow.repo(DrugRepository)
            drug = await repo.lock_drug(cmd.drug_id)
            if drug is None:
                raise DrugError("药品不存在", code=DrugErrorCode.NOT_FOUND, field=["drugId"])
            row = await repo.package_insert_for_update(drug.id)
            created = row is None
            if row is None:
                row = await repo.add(PackageInsert(drug_code_id=drug.id, synthetic=False))
            before = None if created else snapshot(row, INSERT_FIELDS)
            if row.synthetic:
                # The demo text of the fields not written now must not pass for the insert: an edited insert holds
                # only what an official entered, and says so (synthetic = false).
                for f in set(INSERT_FIELDS) - cmd.model_fields_set:
                    setattr(row, f, None)
            for f in cmd.model_fields_set - {"drug_id"}:
                value = getattr(cmd, f)
                setattr(row, f, value if value != "" else None)
            after = snapshot(row, INSERT_FIELDS)
            if before == after:
                raise DrugError("没有需要保存的修改", code=DrugErrorCode.NOTHING_TO_CHANGE)
            row.synthetic = False
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
                raise DrugError(problem.message, code=DrugErrorCode.INVALID_VALUE, field=["creditCode"])
        async with self.uow as uow:
            m = await uow.repo(DrugRepository).manufacturer_for_update(cmd.manufacturer_id)
            if m is None:
                raise DrugError("生产企业不存在", code=DrugErrorCode.NOT_FOUND, field=["id"])
            before = snapshot(m, MANUFACTURER_FIELDS)
            for f in cmd.model_fields_set - {"manufacturer_id"}:
                value = (getattr(cmd, f) or "").strip()
                setattr(m, f, (value.upper() if f == "credit_code" else value) or None)
            after = snapshot(m, MANUFACTURER_FIELDS)
            if before == after:
                raise DrugError("没有需要保存的修改", code=DrugErrorCode.NOTHING_TO_CHANGE)
            uow.record("manufacturer.update", "Manufacturer", m.id, label=m.name, division_code=who.division_code,
                       before=before, after=after)
            await uow.commit()
        return m
