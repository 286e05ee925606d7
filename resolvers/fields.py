"""Per-request field helpers: one object per request, built from each domain's mixin (resolvers/<d>/fields.py).
Types in schema/ call them as `info.context.fields.<method>(…)` for fields that take arguments and query data."""
from __future__ import annotations

from typing import Any

from resolvers.catalog.fields import CatalogFields
from resolvers.drugs.fields import DrugFields
from resolvers.engagement.fields import EngagementFields
from resolvers.exchange.fields import ExchangeFields
from resolvers.public.fields import PublicFields
from resolvers.supply.fields import SupplyFields


class Fields(DrugFields, CatalogFields, SupplyFields, ExchangeFields, EngagementFields, PublicFields):
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
