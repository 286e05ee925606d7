"""All SQL of the claims domain: the institutions a settlement batch names and the settled sales it adds."""
from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import insert

from domain.claims.models import SettlementSale
from domain.identity.models import Organisation
from domain.identity.views import OrganisationView
from domain.shared.db import any_of
from domain.shared.reads import Repository, reads, writes

INSTITUTIONS = ("HOSPITAL", "PHARMACY")


class ClaimsRepository(Repository):
    @reads
    async def institution(self, code: str) -> OrganisationView | None:
        """Returns the designated institution (hospital or pharmacy) with this code."""
        row = await self.db.first(OrganisationView.select().where(
            Organisation.code == code, any_of(Organisation.subtype, INSTITUTIONS)))
        return None if row is None else OrganisationView.of(row)

    @writes
    async def add_sales(self, rows: list[dict[str, Any]]) -> int:
        """Inserts settled sales, skipping lines already loaded (same institution, settlement number and drug);
        returns how many were new."""
        result = await self.session.execute(
            insert(SettlementSale).values(rows).on_conflict_do_nothing(
                index_elements=["organisation_id", "settlement_no", "drug_code_id"]).returning(SettlementSale.id))
        return len(result.all())
