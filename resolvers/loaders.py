"""Per-request dataloaders: one object per request, built from each domain's loader mixin (resolvers/<d>/loaders.py).
Each loader is created on first use, so a small query builds only what it needs; its cache belongs to one caller."""
from __future__ import annotations

from typing import Any

from resolvers.catalog.loaders import CatalogLoaders
from resolvers.drugs.loaders import DrugLoaders
from resolvers.engagement.loaders import EngagementLoaders
from resolvers.identity.loaders import IdentityLoaders
from resolvers.inquiry.loaders import InquiryLoaders
from resolvers.public.loaders import PublicLoaders
from resolvers.supply.loaders import SupplyLoaders


class Loaders(DrugLoaders, CatalogLoaders, IdentityLoaders, EngagementLoaders, SupplyLoaders, InquiryLoaders,
              PublicLoaders):
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
