"""Field helpers of the drug file (一药一档, DRUG-19): the section containers kept by other domains (supply, exchange),
handed to `Drug`'s fields so that schema/drugs imports none of those domains' types (they import `Drug`). The
catalog's and public engagement's sections come from their own field helpers."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from typing import Any

from domain.drugs.access import TagAccess
from domain.drugs.tags import TagRepository
from resolvers.common.fields import DomainFields
from resolvers.common.loaders import NOT_READY
from resolvers.common.selection import node_fields
from schema.drugs.types import Tag, TagValue


def _merged(own: list[Any], inherited: list[Any]) -> list[tuple[Any, bool]]:
    """A drug's own tag values, then its variety's for tags the drug does not set itself."""
    seen = {t.tag_id for t in own}
    return [(t, False) for t in own] + [(t, True) for t in inherited if t.tag_id not in seen]


def _values(rows: list[tuple[Any, bool]], tags: Sequence[Any]) -> list[TagValue]:
    return [TagValue(tag=Tag.of(tag), value=t.value, inherited=inh)
            for (t, inh), tag in zip(rows, tags, strict=True) if tag]


class DrugFields(DomainFields):
    def drug_tags(self, drug_id: int, variety_id: int) -> list[TagValue] | Awaitable[list[TagValue]]:
        """The drug's tag values (DRUG-13) and those it inherits from its variety (DRUG-12) that the caller sees:
        at once when its page's tags were loaded up front (prefetch_drugs), else awaited from the loaders."""
        loaders = self.ctx.loaders
        own, inherited = loaders.drug_tags.ready(drug_id), loaders.variety_tags.ready(variety_id)
        if own is not NOT_READY and inherited is not NOT_READY:
            rows = _merged(own, inherited)
            tags = [loaders.tag.ready(t.tag_id) for t, _ in rows]
            if not any(t is NOT_READY for t in tags):
                return _values(rows, tags)
        return self._drug_tags(drug_id, variety_id)

    async def _drug_tags(self, drug_id: int, variety_id: int) -> list[TagValue]:
        loaders = self.ctx.loaders
        rows = _merged(await loaders.drug_tags.load(drug_id), await loaders.variety_tags.load(variety_id))
        return _values(rows, await loaders.tag.load_many([t.tag_id for t, _ in rows]))

    async def variety_tag_values(self, variety_id: int) -> list[TagValue]:
        """A variety's own tag values (DRUG-12) that the caller sees."""
        loaders = self.ctx.loaders
        rows = _merged(await loaders.variety_tags.load(variety_id), [])
        return _values(rows, await loaders.tag.load_many([t.tag_id for t, _ in rows]))

    async def prefetch_drugs(self, info: Any, drugs: Sequence[Any]) -> None:
        """Loads what a page of drugs selects on its nodes (catalog entries, tags) for the whole page at once, through
        the same loaders the fields use: each drug's field then completes at once instead of awaiting its own load."""
        wanted = node_fields(info)
        loads = []
        if "catalogEntries" in wanted:
            loads.append(self.ctx.loaders.entries_by_drug.load_many([d.id for d in drugs]))
        if "tags" in wanted:
            loads.append(self._prefetch_tags(drugs))
        if loads:
            await asyncio.gather(*loads)

    async def _prefetch_tags(self, drugs: Sequence[Any]) -> None:
        # one statement for the page (the three loaders would send three), its answers primed into those loaders
        loaders = self.ctx.loaders
        ids, variety_ids = [d.id for d in drugs], sorted({d.variety_id for d in drugs})
        page = await TagRepository(self.ctx.db).page_values(TagAccess.of(self.ctx.principal), ids, variety_ids)
        for drug_id, values in zip(ids, page.own, strict=True):
            loaders.drug_tags.prime(drug_id, values)
        for variety_id, values in zip(variety_ids, page.inherited, strict=True):
            loaders.variety_tags.prime(variety_id, values)
        for tag in page.tags:
            loaders.tag.prime(tag.id, tag)

    def drug_supply_file(self, drug_id: int, variety_id: int) -> Any:
        """Sales, supply and disclosure sections (DRUG-24…26) in the caller's area."""
        from schema.supply.analysis import DrugSupplyFile

        return DrugSupplyFile(_drug_id=drug_id, _variety_id=variety_id)

    def drug_operation_file(self, drug_id: int, code: str, manufacturer_id: int) -> Any:
        """Production and procurement sections (DRUG-22/23) in the caller's area."""
        from schema.exchange.operation import DrugOperationFile

        return DrugOperationFile(_drug_id=drug_id, _drug_code=code, _manufacturer_id=manufacturer_id)
