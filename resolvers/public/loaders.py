"""Per-request loaders of the public drug finder (a drug's package insert, the drug a trace scan identified)."""
from __future__ import annotations

from functools import cached_property

from domain.public.repository import PublicRepository
from domain.public.views import PublicDrugView, PublicInsertView
from resolvers.common.loaders import BatchLoader, DomainLoaders


class PublicLoaders(DomainLoaders):
    @cached_property
    def public_insert(self) -> BatchLoader[int, PublicInsertView | None]:
        """A drug's package insert by drug id: the detail page asks for one, by the bound single-drug statement."""
        repo = PublicRepository(self.ctx.db)

        async def load(ids: list[int]) -> list[PublicInsertView | None]:
            return [await repo.package_insert(i) for i in ids]

        return BatchLoader(load)

    @cached_property
    def public_drug(self) -> BatchLoader[int, PublicDrugView | None]:
        """Public drug columns by drug id (with the public region's catalog class)."""
        repo = PublicRepository(self.ctx.db)

        async def load(ids: list[int]) -> list[PublicDrugView | None]:
            found = {v.id: v for v in await repo.drug_codes_by_id(ids, self.ctx.settings.public_region)}
            return [found.get(i) for i in ids]

        return BatchLoader(load)
