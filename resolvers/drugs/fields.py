"""Field helpers of the drug file (一药一档, DRUG-19): the section containers kept by other domains (supply, exchange),
handed to `Drug`'s fields so that schema/drugs imports none of those domains' types (they import `Drug`). The
catalog's and public engagement's sections come from their own field helpers."""
from __future__ import annotations

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
