"""Field helpers of the catalog for other domains' types: a drug's catalog entries and its latest membership."""
from __future__ import annotations

from collections.abc import Awaitable

from resolvers.common.fields import DomainFields
from resolvers.common.loaders import now_or_later
from schema.catalog.enums import ReimbursementClass
from schema.catalog.types import CatalogEntry, CatalogMembership
from schema.common.types import local


class CatalogFields(DomainFields):
    def drug_catalog_entries(self, drug_id: int) -> list[CatalogEntry] | Awaitable[list[CatalogEntry]]:
        """The drug's entries in the catalog versions the caller sees, newest version first (at once when its page's
        entries were loaded up front)."""
        return now_or_later(self.ctx.loaders.entries_by_drug, drug_id, lambda rows: [CatalogEntry.of(e) for e in rows])

    async def drug_latest_catalog(self, drug_id: int, code: str) -> CatalogMembership | None:
        """The drug's entry in the most recently published version the caller sees (DRUG-20)."""
        e = await self.ctx.loaders.latest_entry_by_drug.load(drug_id)
        if e is None:
            return None
        v = await self.ctx.loaders.catalog_version.load(e.version_id)
        if v is None:
            return None
        return CatalogMembership(version_no=v.version_no, national_code=code,
                                 reimbursement_class=ReimbursementClass(e.reimbursement_class),
                                 catalog_no=e.catalog_no, insurance_name=e.insurance_name,
                                 restriction=e.restriction, published_at=local(v.published_at), _version_id=v.id)
