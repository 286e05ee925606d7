"""The exchange reads that only its use cases and the upload job make give the same answers on both Db
implementations, on the seeded data: xj_wholesaler's demo 报盘 upload, the wholesalers' offers and stock, and a
committed batch. (The API suite's read-path check replays the ones its requests reach; the upload sweep's
stranded_uploads runs only here and in its own test, so it is listed in tests/api/test_read_paths.py.)"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select

from domain.catalog.models import CatalogEntry
from domain.exchange.models import ExchangeBatch, WholesaleOffer, WholesaleUpload
from domain.exchange.repository import ExchangeRepository
from domain.identity.models import Organisation, User
from domain.shared.fastdb import PoolDb, create_read_pool
from domain.shared.reads import SessionDb, difference, settled
from domain.supply.access import OrgAccess
from tests.api.test_read_paths import NOT_ON_THE_API_PATH

@pytest.fixture
async def both(db):
    pool = await create_read_pool(db.url, 2)
    try:
        async with db.read_sessions() as s:
            yield PoolDb(pool), SessionDb(s)
    finally:
        await pool.close()


async def same(both, called: set[str], method: str, *args):
    """Runs one repository read on both paths and returns the answer once both agree."""
    fast, plain = both
    called.add(f"domain.exchange.repository.ExchangeRepository.{method}")
    a = await settled(await getattr(ExchangeRepository(fast), method)(*args))
    b = await settled(await getattr(ExchangeRepository(plain), method)(*args))
    assert difference(a, b) is None, f"{method}: {difference(a, b)}"
    return a


@pytest.fixture
async def batch(db):
    """A committed API batch (the seed makes none), removed afterwards."""
    values = {"kind": "OFFER", "sender": f"T:{uuid.uuid4().hex[:12]}", "batch_key": "read-paths",
              "content_hash": "0" * 64, "row_count": 2, "summary": {"offers": 2}}
    async with db.write_sessions() as s:
        s.add(ExchangeBatch(**values))
        await s.commit()
    yield values
    async with db.write_sessions() as s:
        await s.execute(delete(ExchangeBatch).where(ExchangeBatch.sender == values["sender"]))
        await s.commit()


async def test_the_use_cases_reads_give_the_same_answers_on_both_paths(both, session, batch):
    upload = (await session.execute(select(WholesaleUpload.id, WholesaleUpload.organisation_id, WholesaleUpload.attempt)
                                    .join(User, User.organisation_id == WholesaleUpload.organisation_id)
                                    .where(User.username == "xj_wholesaler").limit(1))).one()
    org_code = await session.scalar(select(Organisation.code).where(Organisation.id == upload.organisation_id))
    institutions = list((await session.scalars(select(Organisation.code).where(
        Organisation.subtype.in_(("HOSPITAL", "PHARMACY"))).order_by(Organisation.id).limit(5))).all())
    catalog = await session.scalar(select(CatalogEntry.version_id).join(
        WholesaleOffer, WholesaleOffer.drug_code_id == CatalogEntry.drug_code_id).where(
        WholesaleOffer.organisation_id == upload.organisation_id).limit(1))  # a version listing a drug it carries

    called: set[str] = set()
    found = await same(both, called, "batch", batch["kind"], batch["sender"], batch["batch_key"])
    assert (found.row_count, found.summary) == (2, {"offers": 2})
    assert await same(both, called, "batch", batch["kind"], batch["sender"], "no-such-key") is None
    assert (await same(both, called, "org_by_code", org_code)).id == upload.organisation_id
    assert sorted(await same(both, called, "orgs_by_codes", institutions)) == sorted(institutions)
    rows = await same(both, called, "all_rows", OrgAccess(None), upload.id, upload.attempt, None)
    failed = await same(both, called, "all_rows", OrgAccess(None), upload.id, upload.attempt, "FAILED")
    assert rows and failed and len(failed) < len(rows) and all(r.errors for r in failed)
    assert await same(both, called, "all_rows", OrgAccess(None, -1), upload.id, upload.attempt, None) == []
    assert (await same(both, called, "upload_file", upload.id)).startswith(b"PK")  # the stored .xlsx
    table = await same(both, called, "drug_table", upload.organisation_id, catalog)
    assert table and any(r.reimbursement_class for r in table) and any(r.purchase_price for r in table)
    await same(both, called, "stranded_uploads", datetime.now(timezone.utc) + timedelta(days=1))

    listed = {m for m in NOT_ON_THE_API_PATH if m.startswith("domain.exchange.")}
    assert listed <= called, f"compare these here too: {sorted(listed - called)}"
