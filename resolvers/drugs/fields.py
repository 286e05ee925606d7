"""Field helpers of the drug file (一药一档, DRUG-19): its sections kept by other domains, handed to `Drug`'s fields
so that schema/drugs imports none of those domains' types (they import `Drug`)."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from resolvers.common.fields import DomainFields


class DrugFields(DomainFields):
    def drug_supply_file(self, drug_id: int, variety_id: int) -> Any:
        """Sales, supply and disclosure sections (DRUG-24…26) in the caller's area."""
        from schema.supply.analysis import DrugSupplyFile

        return DrugSupplyFile(_drug_id=drug_id, _variety_id=variety_id)

    def drug_operation_file(self, drug_id: int, code: str, manufacturer_id: int) -> Any:
        """Production and procurement sections (DRUG-22/23) in the caller's area."""
        from schema.exchange.operation import DrugOperationFile

        return DrugOperationFile(_drug_id=drug_id, _drug_code=code, _manufacturer_id=manufacturer_id)

    async def drug_public_disclosure(self, drug_id: int, start: date | None, end: date | None) -> Any:
        """Institutions publishing the drug and public query counts (DRUG-26)."""
        from schema.engagement.drug import public_disclosure

        return await public_disclosure(SimpleNamespace(context=self.ctx), drug_id, start, end)  # type: ignore[arg-type]

    async def drug_trace_scans(self, drug_id: int, start: date | None, end: date | None) -> Any:
        """The public's trace scans of the drug (DRUG-27)."""
        from schema.engagement.drug import trace_scans

        return await trace_scans(SimpleNamespace(context=self.ctx), drug_id, start, end)  # type: ignore[arg-type]
